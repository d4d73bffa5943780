package org.convene.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.graph.ValueFormat;
import org.convene.roles.Role;

/**
 * Why a list holds fewer suggestions than asked for, in plain words: how many accounts are tied to the chat's
 * regulars at all, how many of them hold the roles asked for (and how many the whole graph holds), and how
 * many invitations left out.
 *
 * @param limit      how many were asked for
 * @param pool       accounts tied to the regulars, and regulars who stopped
 * @param withRoles  of those, the ones holding a role asked for (the pool when none was asked)
 * @param declined   left out because they declined
 * @param hidden     left out as already invited or accepted, on request
 * @param roleTotals accounts in the whole graph per role asked for
 */
record Shortfall(String tag, List<String> roles, int limit, long pool, long withRoles, long declined, long hidden,
                 Map<String, Long> roleTotals) {

    String words() {
        if (pool == 0) {
            return "No account outside the #" + tag + " regulars is tied to them, and none of them stopped taking part: "
                    + "import more of the chat, or of the conversations around it.";
        }
        List<String> parts = new ArrayList<>();
        parts.add((pool < limit ? "Only " : "") + ValueFormat.count(pool, "account") + " outside the #" + tag + " regulars "
                + (pool == 1 ? "is" : "are") + " tied to them or stopped taking part");
        if (!roles.isEmpty()) {
            String wanted = String.join(" or ", roles.stream().map(Role::plural).toList());
            List<String> totals = roles.stream().map(r -> roleTotals.getOrDefault(r, 0L) == 0 ? "no " + Role.plural(r)
                    : ValueFormat.count(roleTotals.get(r), Role.word(r), Role.plural(r))).toList();
            parts.add(wanted + ": " + (withRoles == 0 ? "none" : withRoles) + " of them (the whole graph holds "
                    + String.join(", ", totals) + ")");
        }
        if (declined > 0) parts.add(ValueFormat.count(declined, "account") + " who declined " + (declined == 1 ? "is" : "are") + " left out");
        if (hidden > 0) parts.add(ValueFormat.count(hidden, "account") + " already invited " + (hidden == 1 ? "is" : "are") + " hidden");
        return String.join("; ", parts) + ".";
    }
}
