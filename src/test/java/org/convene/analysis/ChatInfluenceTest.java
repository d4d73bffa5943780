package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Per-chat and per-sitting influence on the real #cancerchat 2014 collection: every scope ranked inside one
 * shared projection must give what projecting and ranking that scope alone gives.
 */
class ChatInfluenceTest extends GraphTestBase {

    private static final String ONE_SCOPE = CypherScript.query(ChatInfluence.class, "project-one-scope");

    @Autowired GraphDb db;
    @Autowired ImportService imports;
    @Autowired AnalysisService analysis;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:Cluster "
                + "OR n:AnalysisRun DETACH DELETE n");
    }

    @Test
    void eachScopeRankedInTheSharedProjectionAsItWouldBeAlone() throws Exception {
        Path demo = Files.createTempDirectory("convene-influence-").resolve("cancerchat.csv");
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/cancerchat-2014.csv")) {
            Files.copy(in, demo);
        }
        imports.importAll(List.of(ImportService.Source.of(demo)), null, List.of("cancerchat"));
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);

        List<ZonedDateTime> sittings = db.read("MATCH (s:ChatSession {chat: 'cancerchat'}) RETURN s.start AS start ORDER BY start")
                .stream().map(r -> r.get("start").asZonedDateTime()).toList();
        assertThat(sittings).hasSizeGreaterThan(1);
        int checked = 0;
        for (ZonedDateTime start : java.util.stream.Stream.concat(java.util.stream.Stream.of((ZonedDateTime) null),
                sittings.stream()).toList()) {
            List<Record> linked = db.read(start == null
                    ? "MATCH (a:Account)-[r:INFLUENCE]->(:Chat {tag: 'cancerchat'}) RETURN a.handleLower AS h, r.pagerank AS score ORDER BY r.rank"
                    : "MATCH (a:Account)-[r:INFLUENCE]->(:ChatSession {chat: 'cancerchat', start: $start}) "
                    + "RETURN a.handleLower AS h, r.pagerank AS score ORDER BY r.rank", params(start));
            List<Record> alone = alone(start);
            assertThat(linked).as("links of scope " + start).hasSize(Math.min(AnalysisOptions.defaults().influenceTop(), alone.size()));
            Map<String, Double> aloneScore = new HashMap<>();
            alone.forEach(r -> aloneScore.put(r.get("h").asString(), r.get("score").asDouble()));
            for (int k = 0; k < linked.size(); k++) {
                // the same score at each rank, and each linked account's own score as when ranked alone
                assertThat(linked.get(k).get("score").asDouble()).isCloseTo(alone.get(k).get("score").asDouble(), within(1e-4));
                assertThat(aloneScore.get(linked.get(k).get("h").asString())).as(linked.get(k).get("h").asString())
                        .isCloseTo(linked.get(k).get("score").asDouble(), within(1e-4));
            }
            checked += linked.size();
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** The scope projected and ranked on its own, best first. */
    private List<Record> alone(ZonedDateTime start) {
        Map<String, Object> p = params(start);
        p.put("graph", "influence-oracle");
        p.put("tag", "cancerchat");
        try {
            Record projected = db.write(ONE_SCOPE, p).getFirst();
            if (projected.get("nodeCount").isNull()) return List.of(); // no interactions in this scope
            return db.read("""
                    CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', concurrency: 1})
                    YIELD nodeId, score
                    RETURN gds.util.asNode(nodeId).handleLower AS h, score ORDER BY score DESC, h""", p);
        } finally {
            db.write("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", Map.of("graph", "influence-oracle"));
        }
    }

    private static Map<String, Object> params(ZonedDateTime start) {
        Map<String, Object> p = new HashMap<>();
        p.put("start", start);
        return p;
    }
}
