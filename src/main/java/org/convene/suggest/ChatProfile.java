package org.convene.suggest;

import java.time.Instant;
import java.util.Map;

/**
 * The chat a suggestion is for, and the spread of the candidate pool the signals compare against.
 *
 * @param latest           the chat's latest post: "recent" and "stopped" are measured back from it, so an old
 *                         collection is judged on its own time
 * @param regularsByRole   active regulars who wrote in the chat (not only retweeted; all of them when none did), by
 *                         primary role
 * @param clusters         active regulars by cluster id
 * @param clusterLabels    labels of clusters that have one
 * @param tagShares        share of the chat's posts carrying each other hashtag
 * @param maxCloseness     largest closeness in the pool
 * @param pageRank         influence is PageRank: every candidate has one (mixing it with in-degrees, whose scale
 *                         differs, would rank accounts imported after the analysis wrongly)
 * @param maxInfluence     largest influence in the pool
 * @param topInfluence     influence at the pool's 90th percentile: above it, influence is worth a reason
 * @param candidates       size of the pool: in a small one, "among the top 10%" would say little
 */
public record ChatProfile(String tag, Instant latest, long regulars, Map<String, Long> regularsByRole,
                          Map<Long, Long> clusters, Map<Long, String> clusterLabels, Map<String, Double> tagShares,
                          RoleMix mix, double halfLifeDays, double maxCloseness, boolean pageRank, double maxInfluence,
                          double topInfluence, int candidates) {

    /** A summarised cluster's label, quoted; only those are named in reasons (BridgingSignal). */
    String clusterName(Long id) {
        return "'" + clusterLabels.get(id) + "'";
    }
}
