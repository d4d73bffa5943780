package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every page names roles through these words: they must read as English for each role. */
class RoleWordsTest {

    @Test
    void shortWordsPluralsCountsAndOne() {
        assertThat(Role.word("ahp")).isEqualTo("AHP");
        assertThat(Role.word("unknown")).isEqualTo("role unknown");
        assertThat(Role.word("nurse")).isEqualTo("nurse");
        assertThat(Role.plural("media")).isEqualTo("media accounts");
        assertThat(Role.plural("comms")).isEqualTo("comms staff");
        assertThat(Role.count(1, "comms")).isEqualTo("1 comms account");
        assertThat(Role.count(2_500, "organisation")).isEqualTo("2,500 organisations");
        assertThat(Role.count(1, "unknown")).isEqualTo("1 account of unknown role");
        assertThat(Role.one("nurse")).isEqualTo("a nurse");
        assertThat(Role.one("organisation")).isEqualTo("an organisation");
        assertThat(Role.one("ahp")).isEqualTo("an AHP");
        assertThat(Role.one("media")).isEqualTo("a media account");
        for (Role r : Role.values()) {
            assertThat(Role.count(1, r.key())).startsWith("1 ").doesNotEndWith("s");
            assertThat(Role.count(2, r.key())).isEqualTo("2 " + Role.plural(r.key()));
        }
    }
}
