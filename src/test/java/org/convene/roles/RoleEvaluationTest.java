package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleEvaluationTest {

    private static RoleLabel label(Role role) {
        return new RoleLabel(role, 0.8, List.of(role.key()), RoleLabel.RULE, false);
    }

    @Test
    void countsEachRoleAndLeavesUnknownOutOfTheOverallFigures() {
        RoleEvaluation e = new RoleEvaluation();
        e.add("a", "RGN", Set.of(Role.NURSE), List.of(label(Role.NURSE)));                         // both
        e.add("b", "Ward sister and mum", Set.of(Role.NURSE, Role.CARER), List.of(label(Role.NURSE))); // carer missed
        e.add("c", "Bakery", Set.of(Role.UNKNOWN), List.of(label(Role.ORGANISATION)));            // wrong label
        e.add("d", "hello", Set.of(Role.UNKNOWN), List.of(label(Role.UNKNOWN)));                  // agree: nothing

        assertThat(e.accounts()).isEqualTo(4);
        assertThat(e.perRole().get(Role.NURSE)).isEqualTo(new RoleEvaluation.Counts(2, 0, 0));
        assertThat(e.perRole().get(Role.CARER)).isEqualTo(new RoleEvaluation.Counts(0, 0, 1));
        assertThat(e.perRole().get(Role.ORGANISATION)).isEqualTo(new RoleEvaluation.Counts(0, 1, 0));
        assertThat(e.perRole().get(Role.UNKNOWN)).isEqualTo(new RoleEvaluation.Counts(1, 0, 1));
        assertThat(e.perRole()).doesNotContainKey(Role.DOCTOR);

        RoleEvaluation.Counts all = e.overall();
        assertThat(all).isEqualTo(new RoleEvaluation.Counts(2, 1, 1));
        assertThat(all.precision()).isEqualTo(2 / 3.0);
        assertThat(all.recall()).isEqualTo(2 / 3.0);
        assertThat(e.perRole().get(Role.CARER).precision()).isNaN();

        assertThat(e.differences()).extracting(RoleEvaluation.Difference::handle).containsExactly("b", "c");
    }
}
