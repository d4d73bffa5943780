package org.convene.network;

import java.time.ZonedDateTime;
import java.util.List;

/** One account as the Network view's side panel shows it; scores are null before analysis. */
public record AccountDetails(String key, String handle, String name, String bio, String location, Long followers,
                             String url, Double pagerank, Double betweenness, Long brokerage, Double roleDiversity,
                             Long community, Long clusterId, String cluster, List<Neighbours> neighbours,
                             List<RecentPost> posts) {

    /** Partners of one primary role: how many, and the handles of the strongest five. */
    public record Neighbours(String role, long count, List<String> handles) {}

    public record RecentPost(String text, ZonedDateTime at) {}
}
