package org.convene.analysis;

import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

/**
 * GDS Leiden on the undirected, weighted ties. One thread and a fixed seed make re-runs agree (GDS Leiden
 * is only deterministic single-threaded: on two threads higgs-mention's communities changed from run to run,
 * and it was slower, not faster, on two cores); Leiden rather than Louvain because it was about eight times
 * faster here on a 45k-account graph and never leaves a community internally disconnected.
 */
final class LeidenDetection implements CommunityDetection {

    private static final String WRITE = CypherScript.query(LeidenDetection.class, "leiden-mutate");
    private static final String SINGLETONS = CypherScript.query(LeidenDetection.class, "singleton-communities");

    /** Settings that replace the defaults below, for the benchmark (bench/higgs.sh) to try others. */
    private final Map<String, Object> overrides;

    LeidenDetection() {
        this(Map.of());
    }

    LeidenDetection(Map<String, Object> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    Map<String, Object> config(AnalysisOptions options) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                "relationshipTypes", java.util.List.of("TIES"),
                "relationshipWeightProperty", "weight",
                "gamma", options.resolution(),
                "randomSeed", options.seed(),
                "concurrency", 1,
                "maxLevels", 10,
                "consecutiveIds", true,
                // no per-percent progress lines in Neo4j's log (nobody reads them; steps show progress): a little faster
                "logProgress", false,
                "mutateProperty", "community"));
        config.putAll(overrides);
        return config;
    }

    @Override
    public Communities detect(GraphDb db, String graph, AnalysisOptions options) {
        Map<String, Object> config = config(options);
        Record r;
        try {
            r = db.write(WRITE, Map.of("graph", graph, "config", config)).getFirst();
        } catch (ClientException e) {
            // GDS 2.26 fails with a NullPointerException when no account moved at the first level
            if (e.getMessage() == null || !e.getMessage().contains("dendrogram")) throw e;
            long n = db.write(SINGLETONS).getFirst().get("communities").asLong();
            return new Communities(n, 0, "Leiden, resolution " + options.resolution()
                    + ": no two accounts were worth joining, so each is its own community", 0, true);
        }
        return new Communities(r.get("communityCount").asLong(), r.get("modularity").asDouble(),
                "Leiden, resolution " + options.resolution() + ", seed " + options.seed() + ", "
                        + r.get("ranLevels").asLong() + " levels", r.get("computeMillis").asLong(), false);
    }
}
