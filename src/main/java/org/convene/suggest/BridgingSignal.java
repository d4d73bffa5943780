package org.convene.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convene.graph.ValueFormat;
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
        String reach = clusters(c, chat, clusters);
        if (reach != null) parts.add(reach);
        if (!roles.isEmpty()) { // which accounts, so the host can judge them
            parts.add("connects to roles the chat lacks: " + String.join(", ", roles.stream().map(r -> Role.word(r) + " ("
                    + ValueFormat.someOf(c.neighbourRoles().get(r).stream().sorted().map(h -> "@" + h).toList(), 2) + ")").toList()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /**
     * The clusters it would bring in, by label: only clusters the analysis summarised (3 or more members) are
     * named, so that every one named can be found on the Clusters page; smaller groups are counted, and its own
     * community, when that is just itself, is not counted at all.
     */
    private static String clusters(Candidate c, ChatProfile chat, List<Long> ids) {
        List<String> named = ids.stream().filter(chat.clusterLabels()::containsKey).map(chat::clusterName).toList();
        long small = ids.stream().filter(id -> !chat.clusterLabels().containsKey(id) && !id.equals(c.community())).count();
        String groups = small == 0 ? "" : ValueFormat.count(small, "small group") + " of accounts";
        if (named.isEmpty()) return small == 0 ? null : "reaches " + groups + " no current regular is in";
        String names = String.join(" and ", named.subList(0, Math.min(2, named.size())))
                + (named.size() > 2 ? " (+" + (named.size() - 2) + " more)" : "");
        String andSmall = small == 0 ? "" : ", and " + groups;
        Long home = homeCluster(c, chat);
        if (home != null && chat.clusterLabels().containsKey(home)) {
            return "bridges the " + chat.clusterName(home) + " and " + names + " clusters" + andSmall;
        }
        return "reaches the " + names + " cluster" + (named.size() == 1 ? "" : "s") + andSmall + ", which no current regular is in";
    }

    private static List<Long> newClusters(Candidate c, ChatProfile chat) {
        if (chat.clusters().isEmpty()) return List.of();
        return c.reach().stream().filter(id -> !chat.clusters().containsKey(id)).sorted().toList();
    }

    private static List<String> newRoles(Candidate c, ChatProfile chat) {
        Set<String> have = chat.regularsByRole().keySet();
        return c.neighbourRoles().keySet().stream()
                .filter(r -> !r.equals(Roles.UNKNOWN) && Roles.KEYS.contains(r) && !have.contains(r)).sorted().toList();
    }

    /** The chat cluster the account is part of: its own, else the biggest one it reaches. */
    private static Long homeCluster(Candidate c, ChatProfile chat) {
        if (c.community() != null && chat.clusters().containsKey(c.community())) return c.community();
        return c.reach().stream().filter(chat.clusters()::containsKey)
                .max(java.util.Comparator.comparingLong(chat.clusters()::get)).orElse(null);
    }
}
