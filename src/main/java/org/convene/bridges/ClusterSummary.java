package org.convene.bridges;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.roles.Role;

/**
 * One cluster as the analysis stored it, with its strongest links to other clusters and its top brokers.
 *
 * @param mix     members per primary role, most common first ('unknown' included)
 * @param links   up to five linked clusters, strongest first
 * @param linked  how many clusters it links to in all
 * @param across  interactions between its members and other clusters
 */
public record ClusterSummary(long id, long size, String label, String labelReason, List<RoleCount> mix,
                             List<String> topAccounts, List<String> topHashtags, List<String> topWords,
                             double density, List<String> spans, double bridging, List<Link> links, long linked,
                             double across, List<Broker> brokers) {

    public record RoleCount(String role, long n) {}

    /** A linked cluster; {@code accounts} carry the link (members of either side with most interactions across). */
    public record Link(long id, String label, String mainRole, double weight, List<String> accounts, long linkers) {}

    /** A member and the pairs of partners of different roles it alone connects. */
    public record Broker(String handle, String role, long brokerage) {}

    /** The most common known role, or 'unknown' when no member has one. */
    public String mainRole() {
        return mix.stream().map(RoleCount::role).filter(r -> !r.equals("unknown")).findFirst().orElse("unknown");
    }

    /** Members whose primary role is this one. */
    public long members(String role) {
        return mix.stream().filter(m -> m.role().equals(role)).mapToLong(RoleCount::n).sum();
    }

    /** Whether the cluster bridges role groups (see {@link #bridgingReasons()}). */
    public boolean isBridging() {
        return !bridgingReasons().isEmpty();
    }

    /**
     * Why the cluster counts as bridging, in plain words; empty when it does not. It does when its members span
     * two or more of the key role groups (nurses, chief executives, patients, commissioners), or when it links
     * clusters whose main roles differ from each other and from its own, so that it sits between them.
     */
    public List<String> bridgingReasons() {
        List<String> reasons = new ArrayList<>();
        if (spans.size() >= 2) {
            List<String> groups = spans.stream().map(r -> Role.count(members(r), r)).toList();
            String key = String.join(", ", org.convene.analysis.AnalysisOptions.BRIDGE_ROLES.stream().map(Role::plural).toList());
            reasons.add(String.format(Locale.UK, "its members span %d of the key role groups (%s): %s (bridging score %.2f)",
                    spans.size(), key, String.join(", ", groups), bridging));
        }
        Set<String> others = new LinkedHashSet<>();
        for (Link l : links) {
            if (!l.mainRole().equals("unknown") && !l.mainRole().equals(mainRole())) others.add(l.mainRole());
        }
        if (others.size() >= 2) {
            String through = brokers.isEmpty() ? ""
                    : String.format(Locale.UK, "; @%s alone connects %d pairs of partners of different roles",
                    brokers.getFirst().handle(), brokers.getFirst().brokerage());
            reasons.add("it links clusters of " + String.join(", ", others.stream().map(Role::plural).toList())
                    + (mainRole().equals("unknown") ? "" : " to its " + Role.plural(mainRole())) + through);
        }
        return reasons;
    }
}
