package org.convene.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EgoServiceTest extends SuggestFixture {

    @Autowired EgoService ego;

    @Test
    void oneAccountsNetworkByRoleWithItsStrongestTiesAndBrokers() {
        // fx_r1 is tied to fx_ceo (3; an executive, and a doctor), fx_r2 (1) and fx_topic (1); two steps away:
        // fx_weak via fx_r2, fx_r3 via fx_ceo
        EgoService.EgoView v = ego.ego("fixture", "r1", "gp");
        assertThat(v.handle()).isEqualTo("fx_r1");
        assertThat(v.firstHop()).isEqualTo(3);
        assertThat(v.firstByRole()).isEqualTo(Map.of("nurse", 1L, "executive", 1L, "doctor", 1L, "unknown", 1L));
        assertThat(v.secondHop()).isEqualTo(2);
        assertThat(v.secondByRole()).isEqualTo(Map.of("doctor", 1L, "unknown", 1L));
        assertThat(v.missingRoles()).contains("patient", "commissioner").doesNotContain("nurse", "executive", "doctor", "unknown");
        assertThat(v.reachableMissing()).isEmpty();
        // the groups it reaches: its own cluster through fx_r2 and fx_topic, the boardrooms through fx_ceo
        assertThat(v.groups()).containsExactly(new EgoService.Group(9001, "fx wards", 2, true),
                new EgoService.Group(9003, "fx boardrooms", 1, false));
        assertThat(v.strongestTies()).extracting(EgoService.Tie::handle).containsExactly("fx_ceo", "fx_r2", "fx_topic");
        assertThat(v.strongestTies().getFirst().outWeight()).isEqualTo(3.0);
        assertThat(v.strongestTies().get(2).inWeight()).isEqualTo(1.0); // fx_topic addressed fx_r1
        assertThat(v.target()).isEqualTo("doctor");
        assertThat(v.directTargets()).containsExactly("fx_ceo"); // by its second role
        assertThat(v.brokers()).singleElement().satisfies(b -> {
            assertThat(b.handle()).isEqualTo("fx_ceo");
            assertThat(b.reaches()).isEqualTo(1);
            assertThat(b.addressed()).isZero(); // fx_r3 mentioned fx_ceo, not the other way
            assertThat(b.examples()).containsExactly("fx_r3");
        });
    }

    @Test
    void aTargetAlreadyInDirectContactIsListedAsSuch() {
        EgoService.EgoView v = ego.ego("fixture", "r3", "executive");
        assertThat(v.directTargets()).containsExactly("fx_ceo");
        assertThat(v.brokers()).isEmpty(); // the only executive is already a direct contact
    }

    @Test
    void anUnknownAccountOrRoleIsAPlainError() {
        assertThatThrownBy(() -> ego.ego("fixture", "nobody", null)).hasMessageContaining("No account nobody");
        assertThatThrownBy(() -> ego.ego("fixture", "r1", "wizard")).hasMessageContaining("Unknown role 'wizard'");
    }
}
