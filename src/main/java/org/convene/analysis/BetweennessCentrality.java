package org.convene.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;

/**
 * Betweenness on the undirected ties, unweighted (GDS reads a weight as a distance, and more interaction is
 * closeness, not distance). Exact up to {@link AnalysisOptions#exactUpTo()} accounts, above that estimated
 * from {@link AnalysisOptions#samplingSize()} seeded source accounts (Brandes-Pich sampling): the ranking
 * holds, the values are on a smaller scale than exact ones.
 */
final class BetweennessCentrality implements Centrality {

    private static final String WRITE = CypherScript.query(BetweennessCentrality.class, "betweenness-mutate");

    @Override
    public String property() {
        return "betweenness";
    }

    @Override
    public String score(GraphDb db, String graph, long accounts, AnalysisOptions options,
                        Map<String, Object> figures) {
        Map<String, Object> config = new HashMap<>(Map.of(
                "relationshipTypes", List.of("TIES"),
                "concurrency", options.concurrency(),
                "mutateProperty", property()));
        boolean sampled = accounts > options.exactUpTo();
        if (sampled) {
            config.put("samplingSize", Math.min(accounts, options.samplingSize()));
            config.put("samplingSeed", options.seed());
        }
        Record r = db.write(WRITE, Map.of("graph", graph, "config", config)).getFirst();
        figures.put(property() + "ComputeMillis", r.get("computeMillis").asLong());
        return sampled ? "sampled betweenness, " + Math.min(accounts, options.samplingSize()) + " of "
                + accounts + " accounts as sources, seed " + options.seed() : "exact betweenness";
    }
}
