package org.convene.analysis;

import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;

/**
 * Weighted PageRank over the directed interactions: an account addressed often, by accounts that are
 * themselves addressed often, scores high. GDS scores are not normalised: 0.15 is the floor.
 */
final class PageRankCentrality implements Centrality {

    private static final String WRITE = CypherScript.query(PageRankCentrality.class, "pagerank-mutate");

    /** Settings that replace the defaults below, for the benchmark (bench/higgs.sh) to try others. */
    private final Map<String, Object> overrides;

    PageRankCentrality() {
        this(Map.of());
    }

    PageRankCentrality(Map<String, Object> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    Map<String, Object> config(AnalysisOptions options) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                "relationshipTypes", List.of("INTERACTS"),
                "relationshipWeightProperty", "weight",
                "dampingFactor", 0.85,
                // GDS's own 1e-7 / 20 stops unconverged on larger graphs (higgs-mention: scores up to 10% off the
                // exact ones); 1e-3 on scores of 0.15 and up converges there in 67 iterations, within about 1%
                "maxIterations", 100,
                "tolerance", 1e-3,
                "concurrency", options.concurrency(),
                // no per-percent progress lines in Neo4j's log (nobody reads them; steps show progress): a little faster
                "logProgress", false,
                "mutateProperty", property()));
        config.putAll(overrides);
        return config;
    }

    @Override
    public String property() {
        return "pagerank";
    }

    @Override
    public String score(GraphDb db, String graph, long accounts, AnalysisOptions options,
                        Map<String, Object> figures) {
        Record r = db.write(WRITE, Map.of("graph", graph, "config", config(options))).getFirst();
        figures.put(property() + "ComputeMillis", r.get("computeMillis").asLong());
        return "weighted PageRank, " + r.get("ranIterations").asLong() + " iterations"
                + (r.get("didConverge").asBoolean() ? ", converged" : ", not converged");
    }
}
