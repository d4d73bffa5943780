package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.analysis.AnalysisFixture;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code convene analyze} and {@code convene export} as typed, as a second Convene against the test database. */
class AnalysisCliTest extends GraphTestBase {

    @Autowired EmbeddedNeo4j server;
    @Autowired GraphDb db;
    @Autowired GraphWriter writer;
    @Autowired ChatSessions sessions;
    @TempDir Path dir;


    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args[0], "--uri", server.boltUri().toString(), "--user", "neo4j",
                "--password", server.password()));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(all.toArray(String[]::new));
    }

    @BeforeEach
    void fixture() {
        AnalysisFixture.remove(db);
        AnalysisFixture.build(db, writer, sessions);
    }

    @AfterEach
    void clean() {
        AnalysisFixture.remove(db);
        db.write("MATCH (a:Account) WHERE a.handleLower STARTS WITH 'cliedge' DETACH DELETE a");
    }

    @Test
    void importCanAnalyzeRightAfter() throws Exception {
        Path edges = dir.resolve("mentions.edgelist");
        Files.writeString(edges, "cliedge1 cliedge2 2\ncliedge2 cliedge3 1\ncliedge3 cliedge1 1\n");
        CliRun r = run("import", "--format", "edgelist", "--analyze", "--json", edges.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("[11/11] write");
        assertThat(r.out()).contains("\"analysis\":{").contains("\"clusters\":");
        assertThat(db.readLong("""
                MATCH (a:Account) WHERE a.handleLower STARTS WITH 'cliedge' AND a.community IS NOT NULL
                RETURN count(DISTINCT a.community)""", Map.of())).isEqualTo(1);
    }

    @Test
    void analyzeShowsProgressAndWritesResults() {
        CliRun r = run("analyze", "--resolution", "1.0", "--seed", "7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/11] roles: ", "[2/11] project", "[3/11] leiden and pagerank: ", "[11/11] write");
        assertThat(r.out()).startsWith("{\"at\":").contains("\"communities\":", "\"modularity\":");
        assertThat(db.readLong("MATCH (r:AnalysisRun {seed: 7}) RETURN count(r)", Map.of())).isEqualTo(1);
        assertThat(db.readLong("MATCH (a:Account {platform: 'fixture'}) WHERE a.community IS NULL RETURN count(a)", Map.of()))
                .isZero();
    }

    @Test
    void badOptionsAreUsageErrorsOrPlainFailures() {
        assertThat(run("analyze", "--resolution", "fast").code()).isEqualTo(2);
        CliRun r = run("analyze", "--resolution", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("resolution must be above 0");
        CliRun e = run("export", "--format", "pdf", "--out", dir.resolve("x").toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("Unknown export format 'pdf'");
    }

    @Test
    void exportWritesGephiFilesAfterAnAnalysis() throws Exception {
        Path gexf = dir.resolve("chat.gexf");
        CliRun before = run("export", "--format", "gexf", "--out", gexf.toString());
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.err()).contains("with interactions have no community or scores yet", "run convene analyze");
        assertThat(run("analyze").code()).isZero();
        CliRun r = run("export", "--format", "gexf", "--out", gexf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("no community");
        assertThat(r.out()).contains("Exported").contains(gexf.toString());
        assertThat(Files.readString(gexf)).contains("<gexf", "for=\"community\"", "for=\"pagerank\"", "label=\"bridge\"");
        CliRun p = run("export", "--format", "csv", "--out", dir.resolve("csv").toString(), "--pseudonymise", "--json");
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).contains("\"pseudonymised\":true");
        assertThat(Files.readString(dir.resolve("csv/accounts.csv"))).doesNotContain("bridge").contains("comms");
    }
}
