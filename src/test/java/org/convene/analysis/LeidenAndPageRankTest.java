package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Leiden and PageRank side by side on one projection give what they give one after the other. */
class LeidenAndPageRankTest extends GraphTestBase {

    private static final String PROJECT = CypherScript.query(AnalysisService.class, "project-interactions");
    private static final String DROP = CypherScript.query(AnalysisService.class, "drop-projection");
    private static final String STREAM = "CALL gds.graph.nodeProperty.stream($g, $p) YIELD nodeId, propertyValue "
            + "RETURN propertyValue ORDER BY nodeId";
    private static final String GRAPH = "convene-test-pair";

    @Autowired GraphDb db;
    @Autowired GraphWriter writer;
    @Autowired ChatSessions sessions;

    @BeforeEach
    void project() {
        AnalysisFixture.remove(db);
        AnalysisFixture.build(db, writer, sessions);
        db.write(DROP, Map.of("graph", GRAPH));
        db.write(PROJECT, Map.of("graph", GRAPH));
    }

    @AfterEach
    void drop() {
        db.write(DROP, Map.of("graph", GRAPH));
        AnalysisFixture.remove(db);
    }

    private List<Object> values(String property) {
        return db.read(STREAM, Map.of("g", GRAPH, "p", property)).stream().map(r -> r.get(0).asObject()).toList();
    }

    private void dropResults() {
        db.write("CALL gds.graph.nodeProperties.drop($g, ['community', 'pagerank'], {failIfMissing: false}) "
                + "YIELD propertiesRemoved "
                + "RETURN propertiesRemoved", Map.of("g", GRAPH));
    }

    private static LeidenAndPageRank pair(boolean sideBySide, Map<String, Object> pageRankSettings) {
        return new LeidenAndPageRank(new LeidenDetection(), new PageRankCentrality(pageRankSettings), sideBySide);
    }

    @Test
    void sideBySideGivesTheSequentialResultsEveryTime() {
        AnalysisOptions options = AnalysisOptions.defaults();
        LeidenAndPageRank.Found sequential = pair(false, Map.of()).run(db, GRAPH, options);
        List<Object> communities = values("community");
        List<Object> ranks = values("pagerank");
        dropResults();
        for (int i = 0; i < 20; i++) {
            LeidenAndPageRank.Found both = pair(true, Map.of()).run(db, GRAPH, options);
            assertThat(both.communities().count()).isEqualTo(sequential.communities().count());
            assertThat(both.communities().modularity()).isEqualTo(sequential.communities().modularity());
            assertThat(both.pageRank()).isEqualTo(sequential.pageRank());
            assertThat(both.wallMillis()).isGreaterThanOrEqualTo(0);
            assertThat(values("community")).as("run %d", i).isEqualTo(communities);
            List<Object> again = values("pagerank");
            for (int n = 0; n < ranks.size(); n++) {
                assertThat((Double) again.get(n)).as("run %d, node %d", i, n)
                        .isCloseTo((Double) ranks.get(n), org.assertj.core.data.Offset.offset(1e-9));
            }
            dropResults();
        }
    }

    @Test
    void aFailureOfEitherFailsThePairWithWhatWentWrong() {
        // GDS refuses a damping factor of 1 or more; Leiden still runs to its end before the pair fails
        assertThatThrownBy(() -> pair(true, Map.of("dampingFactor", 1.5)).run(db, GRAPH, AnalysisOptions.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PageRank (influence) failed: ")
                .hasMessageContaining("dampingFactor");
        assertThat(values("community")).isNotEmpty();
        dropResults();
        // both at once: both are named
        LeidenAndPageRank broken = new LeidenAndPageRank(new LeidenDetection(Map.of("relationshipTypes", List.of("NO_SUCH_TYPE"))),
                new PageRankCentrality(Map.of("dampingFactor", 1.5)), true);
        assertThatThrownBy(() -> broken.run(db, GRAPH, AnalysisOptions.defaults()))
                .hasMessageStartingWith("Leiden (communities) failed: ")
                .hasMessageContaining("NO_SUCH_TYPE")
                .hasMessageContaining("; PageRank (influence) failed: ");
    }
}
