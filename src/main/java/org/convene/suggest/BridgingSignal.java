package org.convene.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convene.roles.Role;

/**
 * Would connect the chat to clusters, or role groups, it does not yet reach: the clusters of the account and
 * its neighbours that hold no regular, and its neighbours' roles no regular has. Saturates: 1 new gives 0.5,
 * 2 give 0.67, 3 give 0.75.
 */
final class BridgingSignal implements Signal {

    @Override
    public String name() {
        return "bridging";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        int n = newClusters(c, chat).size() + newRoles(c, chat).size();
        return n == 0 ? 0 : 1 - 1.0 / (1 + n);
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        List<Long> clusters = newClusters(c, chat);
        List<String> roles = newRoles(c, chat);
        List<String> parts = new ArrayList<>();
        if (!clusters.isEmpty()) {
            Long home = homeCluster(c, chat);
            String others = clusters.stream().limit(2).map(chat::clusterName).reduce((a, b) -> a + " and " + b).orElseThrow();
            String more = clusters.size() > 2 ? " (+" + (clusters.size() - 2) + " more)" : "";
            parts.add(home == null ? "reaches " + others + more + ", which no regular is in"
                    : "bridges the " + chat.clusterName(home) + " and " + others + " clusters" + more);
        }
        if (!roles.isEmpty()) {
            parts.add("connects to " + String.join(", ", roles.stream().map(Role::word).toList())
                    + " the chat lacks");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static List<Long> newClusters(Candidate c, ChatProfile chat) {
        if (chat.clusters().isEmpty()) return List.of();
        return c.reach().stream().filter(id -> !chat.clusters().containsKey(id)).sorted().toList();
    }

    private static List<String> newRoles(Candidate c, ChatProfile chat) {
        Set<String> have = chat.regularsByRole().keySet();
        return c.neighbourRoles().stream()
                .filter(r -> !r.equals(Roles.UNKNOWN) && Roles.KEYS.contains(r) && !have.contains(r)).sorted().toList();
    }

    /** The chat cluster the account is part of: its own, else the biggest one it reaches. */
    private static Long homeCluster(Candidate c, ChatProfile chat) {
        if (c.community() != null && chat.clusters().containsKey(c.community())) return c.community();
        return c.reach().stream().filter(chat.clusters()::containsKey)
                .max(java.util.Comparator.comparingLong(chat.clusters()::get)).orElse(null);
    }
}
