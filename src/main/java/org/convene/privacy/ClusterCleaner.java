package org.convene.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Takes accounts that are gone (erased, or removed by retention) out of the analysis summaries that name
 * them: cluster labels, top accounts and the accounts linking two clusters; and hashtags that are gone out of
 * the clusters' top hashtags. The figures stay.
 */
final class ClusterCleaner {

    private static final String CLUSTERS_NAMING = CypherScript.query(ClusterCleaner.class, "clusters-naming");
    private static final String CLEAN_CLUSTER = CypherScript.query(ClusterCleaner.class, "clean-cluster");
    private static final String CLEAN_CLUSTER_LINKS = CypherScript.query(ClusterCleaner.class, "clean-cluster-links");
    private static final String CLEAN_CLUSTER_HASHTAGS = CypherScript.query(ClusterCleaner.class, "clean-cluster-hashtags");

    private ClusterCleaner() {}

    /** @param names the accounts' handles (without '@'), ids and keys (platform:id), as summaries write them */
    static void forget(TransactionContext tx, List<String> names) {
        if (names.isEmpty()) return;
        List<Map<String, Object>> changed = new ArrayList<>();
        tx.run(CLUSTERS_NAMING, Map.of("names", names)).forEachRemaining(r -> {
            Map<String, Object> row = new HashMap<>();
            row.put("cluster", r.get("cluster").asString());
            row.put("topAccounts", r.get("topAccounts").isNull() ? null
                    : r.get("topAccounts").asList(Value::asString).stream()
                            .filter(a -> names.stream().noneMatch(a::equalsIgnoreCase)).toList());
            row.put("label", ClusterText.withoutAccount(r.get("label").asString(null), " · ", names));
            row.put("labelReason", ClusterText.withoutAccount(r.get("labelReason").asString(null), "; ", names));
            changed.add(row);
        });
        if (!changed.isEmpty()) tx.run(CLEAN_CLUSTER, Map.of("clusters", changed)).consume();
        tx.run(CLEAN_CLUSTER_LINKS, Map.of("names", names)).consume();
    }

    /** @param tags hashtags that are gone, dropped from the clusters' top hashtags with their counts */
    static void forgetHashtags(TransactionContext tx, List<String> tags) {
        if (!tags.isEmpty()) tx.run(CLEAN_CLUSTER_HASHTAGS, Map.of("tags", tags)).consume();
    }
}
