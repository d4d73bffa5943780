package org.convene.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringWriter;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules every ad hoc query meets, on the real embedded database. */
class CypherRunnerTest extends GraphTestBase {

    @Autowired CypherRunner runner;
    @Autowired GraphDb db;

    @BeforeEach
    void createProbes() {
        db.write("CREATE (a:RunnerProbe {handle: 'ward_sister', n: 1})-[:KNOWS]->(b:RunnerProbe {handle: 'chief_nurse', n: 2}),"
                + " (:RunnerProbe {handle: 'gp', n: 3})");
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n:RunnerProbe) DETACH DELETE n");
    }

    private long probes() {
        return db.readLong("MATCH (n:RunnerProbe) RETURN count(n)", Map.of());
    }

    @Test
    void readsRowsWithColumnsInOrderAndPlainValues() {
        CypherResult r = runner.run("MATCH (p:RunnerProbe) RETURN p.handle AS handle, p.n AS n ORDER BY n;",
                Map.of(), false);
        assertThat(r.columns()).containsExactly("handle", "n");
        assertThat(r.rows()).extracting(row -> row.get("handle")).containsExactly("ward_sister", "chief_nurse", "gp");
        assertThat(r.truncated()).isFalse();
        assertThat(r.graph().isEmpty()).isTrue();
    }

    @Test
    void nodesAndRelationshipsInTheRowsFormAGraph() {
        CypherResult r = runner.run("MATCH path = (:RunnerProbe)-[:KNOWS]->(:RunnerProbe) RETURN path", Map.of(), false);
        assertThat(r.graph().nodes()).extracting(CypherResult.GraphNode::caption)
                .containsExactlyInAnyOrder("@ward_sister", "@chief_nurse");
        assertThat(r.graph().relationships()).singleElement().satisfies(rel -> assertThat(rel.type()).isEqualTo("KNOWS"));
        // every property comes along, for the drawing's node panel
        assertThat(r.graph().nodes()).filteredOn(n -> n.caption().equals("@ward_sister")).singleElement()
                .satisfies(n -> assertThat(n.properties()).containsEntry("handle", "ward_sister"));
    }

    @Test
    void aParameterNotGivenRunsAsNullAndTheResultSaysSo() {
        // as the library's queries are written: LIMIT coalesce($limit, 10)
        CypherResult r = runner.run("UNWIND range(1, 50) AS i RETURN i, $note AS note LIMIT coalesce($limit, 10)",
                Map.of("note", "given"), false);
        assertThat(r.rows()).hasSize(10).allSatisfy(row -> assertThat(row.get("note")).isEqualTo("given"));
        assertThat(r.nullParameters()).containsExactly("limit");
        assertThat(r.nullParametersNote()).isEqualTo("Not given, so null: $limit.");
        assertThat(runner.run("RETURN coalesce($limit, 10) AS n", Map.of("limit", 3), false).nullParameters()).isEmpty();
        // still read-only: a write with a missing parameter is refused, not retried into running
        assertThatThrownBy(() -> runner.run("CREATE (:RunnerProbe {handle: $h})", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class);
    }

    @Test
    void keepsAtMostMaxRowsAndSaysSo() {
        CypherResult r = runner.run("UNWIND range(1, 50) AS i RETURN i", Map.of(), false, 10);
        assertThat(r.rows()).hasSize(10);
        assertThat(r.truncated()).isTrue();
        assertThat(runner.run("UNWIND range(1, 10) AS i RETURN i", Map.of(), false, 10).truncated()).isFalse();
    }

    @Test
    void refusesWritesWhenReadOnlyAndChangesNothing() {
        assertThatThrownBy(() -> runner.run("CREATE (:RunnerProbe {handle: 'x'})", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> runner.run("MATCH (p:RunnerProbe) DETACH DELETE p", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class);
        assertThatThrownBy(() -> runner.run("MATCH (p:RunnerProbe) SET p.n = 0 RETURN p", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class);
        assertThat(probes()).isEqualTo(3);
        assertThat(db.readLong("MATCH (p:RunnerProbe) WHERE p.n = 0 RETURN count(p)", Map.of())).isZero();
    }

    @Test
    void refusesSchemaChangesLoadCsvAndWriteProcedures() {
        assertThatThrownBy(() -> runner.run("CREATE INDEX runner_probe FOR (p:RunnerProbe) ON (p.n)", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> runner.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("LOAD CSV");
        assertThatThrownBy(() -> runner.run("CALL db.createLabel('RunnerProbeLabel')", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("db.createLabel");
        assertThatThrownBy(() -> runner.run("CALL dbms.listConfig() YIELD name RETURN name", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("admin");
    }

    /** Every refusal an analyst meets (issue 6, "Safe Cypher"), each checked to have changed nothing. */
    @Test
    void analystsMeetNoAdminCommandsFilesOrWritingProcedures() {
        String[][] refused = {
                {"CREATE USER mallory SET PASSWORD 'secret-secret'", ""},
                {"USE system CREATE USER mallory SET PASSWORD 'secret-secret'", ""},
                {"USE system SHOW USERS", ""},
                {"ALTER USER neo4j SET PASSWORD 'secret-secret'", ""},
                {"SHOW TRANSACTIONS", ""},
                {"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ""},
                {"CREATE DATABASE other", ""},
                {"SHOW SETTINGS YIELD name, value RETURN name, value", ""},
                {"CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", ""},
                {"CALL db.clearQueryCaches()", ""},
                {"CALL db.createProperty('runnerProbe')", "db.createProperty"},
                {"LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line", "LOAD CSV"},
                {"CALL { LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line } RETURN line", "LOAD CSV"},
                {"CALL gds.graph.project('runner-probe', 'RunnerProbe', 'KNOWS') YIELD graphName "
                        + "CALL gds.pageRank.write('runner-probe', {writeProperty: 'pr'}) YIELD nodePropertiesWritten "
                        + "RETURN nodePropertiesWritten", "gds.pageRank.write"},
                {"CALL gds.graph.export.csv('runner-probe', {exportName: 'x'})", "gds.graph.export.csv"},
                {"CALL gds.graph.export('runner-probe', {dbName: 'x'})", "gds.graph.export"},
        };
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String[] q : refused) {
            try {
                runner.run(q[0], Map.of(), false);
                wrong.add("ran: " + q[0]);
            } catch (CypherRefusedException | org.neo4j.driver.exceptions.ClientException e) {
                if (!e.getMessage().contains(q[1])) wrong.add(q[0] + " -> " + e.getMessage());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(probes()).isEqualTo(3);
        assertThat(db.readLong("MATCH (p:RunnerProbe) WHERE p.pr IS NOT NULL RETURN count(p)", Map.of())).isZero();
        assertThat(runner.run("CALL db.propertyKeys() YIELD propertyKey WHERE propertyKey = 'runnerProbe' RETURN propertyKey",
                Map.of(), false).rows()).isEmpty();
    }

    @Test
    void writesAnAdminMayConfirmAreMarkedSoAndServerCommandsAreNot() {
        assertThatThrownBy(() -> runner.run("CREATE (:RunnerProbe)", Map.of(), false))
                .isInstanceOfSatisfying(CypherRefusedException.class, e -> assertThat(e.wouldChangeGraph()).isTrue());
        assertThatThrownBy(() -> runner.run("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", Map.of(), false))
                .isInstanceOfSatisfying(CypherRefusedException.class, e -> assertThat(e.wouldChangeGraph()).isFalse());
        assertThatThrownBy(() -> runner.run("CALL dbms.listConfig() YIELD name RETURN name", Map.of(), false))
                .isInstanceOfSatisfying(CypherRefusedException.class, e -> assertThat(e.wouldChangeGraph()).isFalse());
    }

    @Test
    void gdsInMemoryStreamsAreAllowed() {
        CypherResult r = runner.run("CALL gds.graph.project('runner-probe-read', 'RunnerProbe', 'KNOWS') YIELD graphName "
                + "CALL gds.pageRank.stream(graphName) YIELD nodeId, score RETURN count(*) AS n", Map.of(), false);
        assertThat(r.rows()).containsExactly(Map.of("n", 3L));
        runner.run("CALL gds.graph.drop('runner-probe-read') YIELD graphName RETURN graphName", Map.of(), false);
    }

    @Test
    void readProceduresAreAllowed() {
        CypherResult r = runner.run("CALL db.labels() YIELD label RETURN label", Map.of(), false);
        assertThat(r.rows()).extracting(row -> row.get("label")).contains("RunnerProbe");
        assertThat(runner.run("CALL dbms.components() YIELD name RETURN name", Map.of(), false).rows()).isNotEmpty();
    }

    @Test
    void writesRunWhenAllowedAndSayWhatChanged() {
        CypherResult r = runner.run("CREATE (p:RunnerProbe {handle: 'new'}) RETURN p.handle AS h", Map.of(), true);
        assertThat(r.rows()).containsExactly(Map.of("h", "new"));
        assertThat(r.changes()).contains("nodes created: 1");
        assertThat(probes()).isEqualTo(4);
    }

    @Test
    void aQueryPastTheTimeOutIsStoppedWithAPlainMessage(@Autowired org.neo4j.driver.Driver driver) {
        var quick = new CypherRunner(driver, new CypherSettings(java.time.Duration.ofMillis(500), 10), event -> { });
        long started = System.nanoTime();
        assertThatThrownBy(() -> quick.run("UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)",
                Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("stopped after 0.5 s");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(20);
    }

    @Test
    void parametersAreBound() {
        CypherResult r = runner.run("MATCH (p:RunnerProbe {handle: $h}) RETURN p.n AS n", Map.of("h", "gp"), false);
        assertThat(r.rows()).containsExactly(Map.of("n", 3L));
    }

    @Test
    void aSyntaxErrorPointsAtTheUsersOwnText() {
        String query = "MATCH (p:RunnerProbe) RETRUN p";
        Throwable e = catchThrowable(() -> runner.run(query, Map.of(), false));
        assertThat(e).isInstanceOf(org.neo4j.driver.exceptions.ClientException.class);
        assertThat(e.getMessage()).doesNotContain("EXPLAIN").contains("\"" + query + "\"")
                .contains("(line 1, column 23 (offset: 22))");
        String caret = e.getMessage().lines().filter(l -> l.strip().equals("^")).findFirst().orElseThrow();
        assertThat(caret.indexOf('^')).isEqualTo(query.indexOf("RETRUN") + 1); // under the quote-shifted text
    }

    @Test
    void anEmptyQueryIsRefusedPlainly() {
        assertThatThrownBy(() -> runner.run("  // nothing\n ; ", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class).hasMessageContaining("no query");
    }

    @Test
    void csvHasTheColumnsAndJsonForStructuredValues() {
        CypherResult r = runner.run("MATCH (p:RunnerProbe {handle: 'gp'}) RETURN p.handle AS handle, [1, 2] AS list, "
                + "'a, \"quoted\" text' AS text", Map.of(), false);
        StringWriter out = new StringWriter();
        ResultCsv.write(r, out);
        assertThat(out.toString()).isEqualTo("handle,list,text\r\ngp,\"[1,2]\",\"a, \"\"quoted\"\" text\"\r\n");
    }

    @Test
    void aRunningQueryCanBeCancelledAndKeepsNothing() throws Exception {
        String run = "test-" + System.nanoTime();
        var result = java.util.concurrent.CompletableFuture.supplyAsync(() -> runner.run(
                "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 CREATE (:CancelProbe) RETURN count(x)",
                java.util.Map.of(), true, 10, run));
        long until = System.currentTimeMillis() + 20_000;
        boolean cancelled = false;
        while (!cancelled && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            cancelled = runner.cancel(run);
        }
        assertThat(cancelled).as("the running transaction was found by its tag").isTrue();
        assertThatThrownBy(result::join).hasCauseInstanceOf(CypherRefusedException.class)
                .hasMessageContaining("cancelled before it finished");
        assertThat(db.readLong("MATCH (p:CancelProbe) RETURN count(p)", java.util.Map.of())).isZero();
        assertThat(runner.cancel(run)).as("nothing left to cancel").isFalse();
        assertThat(runner.cancel(null)).isFalse();
    }
}
