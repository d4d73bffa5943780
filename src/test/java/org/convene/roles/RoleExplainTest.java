package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.roles.RoleLabeller.RuleHit;
import org.junit.jupiter.api.Test;

/** The labeller's explanation: every rule that matched, with its dictionary line, and what it did. */
class RoleExplainTest {

    private final RoleLabeller labeller = new RoleLabeller(RoleDictionary.bundled());

    @Test
    void listsTheRulesThatMatchedAndTheNegatedOnes() {
        var explained = labeller.explain("jo", "Jo", "Retired GP, now a full-time carer for my mum. Follows @NHSEngland");
        assertThat(explained.labels()).extracting(RoleLabel::key).containsExactly("carer");
        assertThat(explained.labels())
                .isEqualTo(labeller.label("jo", "Jo", "Retired GP, now a full-time carer for my mum. Follows @NHSEngland"));
        RuleHit gp = explained.hits().stream().filter(h -> h.matched().equals("GP")).findFirst().orElseThrow();
        assertThat(gp.cancelled()).isTrue();
        assertThat(gp.rule().role()).isEqualTo("doctor");
        assertThat(gp.rule().line()).isPositive();
        RuleHit carer = explained.hits().stream().filter(h -> h.rule().role().equals("carer") && !h.cancelled())
                .findFirst().orElseThrow();
        assertThat(carer.rule().weight()).isPositive();
        assertThat(explained.hits()).anySatisfy(h -> {
            assertThat(h.rule().kind()).isEqualTo("trap");
            assertThat(h.matched()).isEqualTo("@NHSEngland");
        });
    }

    @Test
    void everyRuleIsListedWithItsLine() {
        RoleDictionary dictionary = RoleDictionary.bundled();
        assertThat(dictionary.rules()).hasSize(dictionary.size());
        assertThat(dictionary.rules()).anySatisfy(r -> {
            assertThat(r.role()).isEqualTo("*");
            assertThat(r.kind()).isEqualTo("not-before");
        });
        assertThat(dictionary.rules()).allSatisfy(r -> assertThat(r.line()).isGreaterThan(1));
    }
}
