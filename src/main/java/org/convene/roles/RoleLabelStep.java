package org.convene.roles;

import org.convene.analysis.AnalysisRun;
import org.convene.analysis.AnalysisStep;
import org.springframework.stereotype.Component;

/** Labels every account's roles as the first step of {@code convene analyze}, so bridges and clusters see them. */
@Component
class RoleLabelStep implements AnalysisStep {

    private final RoleService roles;

    RoleLabelStep(RoleService roles) {
        this.roles = roles;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public String run(AnalysisRun run) {
        RoleService.LabelSummary summary = roles.labelAll(RoleService.Progress.NONE);
        long known = summary.accounts() - summary.primaryRoles().getOrDefault("unknown", 0L);
        return String.format("%,d accounts labelled, %,d with a known role, %,d corrected by a person, %,d unchanged",
                summary.accounts(), known, summary.corrected(), summary.unchanged());
    }
}
