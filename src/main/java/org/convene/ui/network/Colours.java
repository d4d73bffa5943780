package org.convene.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.network.NetworkService;
import org.convene.network.Selection;
import org.convene.ui.components.RoleColors;

/** How the Network view colours accounts: by primary role (the colours of {@link RoleColors}, as in every view) or by cluster (the largest ten in view). */
final class Colours {

    static final String GREY = "#9aa3ad";
    static final List<String> CLUSTER = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#8C6BB1", "#66A61E", "#E7298A", "#1F3A93");
    static final String OTHER_CLUSTERS = "other clusters";
    static final String NO_CLUSTER = "no cluster";

    enum By { ROLE, CLUSTER }

    /** The accounts as a drawable network: groups, colours, size by PageRank. */
    record Coloured(NetworkService.Network network, Map<String, String> colors) {}

    private Colours() {}

    static String clusterName(Selection.Account a) {
        if (a.community() == null) return NO_CLUSTER;
        return a.cluster() == null ? "community " + a.community() : a.community() + " · " + a.cluster();
    }

    /**
     * @param clusterGroups for colouring by cluster: the names that get their own colour (the largest in the
     *                      first drawing), so accounts added later keep their cluster's colour
     */
    static Coloured colour(List<Selection.Account> accounts, List<Selection.Tie> ties, By by, List<String> clusterGroups) {
        Map<String, String> group = new HashMap<>();
        for (Selection.Account a : accounts) {
            String g = by == By.ROLE ? a.role() : clusterName(a);
            if (by == By.CLUSTER && !clusterGroups.contains(g) && !g.equals(NO_CLUSTER)) g = OTHER_CLUSTERS;
            group.put(a.key(), g);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        group.values().forEach(g -> counts.merge(g, 1L, Long::sum));
        Map<String, String> colors = new HashMap<>();
        if (by == By.ROLE) {
            counts.keySet().forEach(r -> colors.put(r, RoleColors.of(r)));
        } else {
            for (int i = 0; i < clusterGroups.size(); i++) colors.put(clusterGroups.get(i), CLUSTER.get(i % CLUSTER.size()));
            colors.put(NO_CLUSTER, "#c3cad1");
            colors.put(OTHER_CLUSTERS, GREY);
        }
        List<NetworkService.Group> groups = counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> rank(e.getKey()))
                        .thenComparing(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> new NetworkService.Group(e.getKey(), e.getValue())).toList();
        List<NetworkService.Node> nodes = new ArrayList<>();
        for (Selection.Account a : accounts) {
            nodes.add(new NetworkService.Node(a.key(), a.handle(), group.get(a.key()), Math.max(a.pagerank(), 0.15)));
        }
        List<NetworkService.Edge> edges = ties.stream()
                .map(t -> new NetworkService.Edge(t.source(), t.target(), t.weight())).toList();
        return new Coloured(new NetworkService.Network(nodes, edges, groups), colors);
    }

    /** The ten largest clusters among these accounts, named as the legend shows them. */
    static List<String> largestClusters(List<Selection.Account> accounts) {
        Map<String, Long> counts = new HashMap<>();
        for (Selection.Account a : accounts) {
            String g = clusterName(a);
            if (!g.equals(NO_CLUSTER)) counts.merge(g, 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(CLUSTER.size()).map(Map.Entry::getKey).toList();
    }

    /** Unknown, the remaining clusters and accounts without a cluster come last in the legend. */
    private static int rank(String group) {
        return switch (group) {
            case "unknown", NO_CLUSTER -> 2;
            case OTHER_CLUSTERS -> 1;
            default -> 0;
        };
    }
}
