package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convene.GraphTestBase;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command line as a user types it. Most commands run in external mode against the shared test
 * database's Bolt port, as a second Convene would against a running one.
 */
class CliTest extends GraphTestBase {

    @Autowired EmbeddedNeo4j server;
    @Autowired GraphDb db;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String[] external(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = args[0];
        all[1] = "--uri";
        all[2] = server.boltUri().toString();
        all[3] = "--user";
        all[4] = "neo4j";
        all[5] = "--password";
        all[6] = server.password();
        System.arraycopy(args, 1, all, 7, args.length - 1);
        return all;
    }

    private static String[] prefixed(String group, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = group;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n:CliProbe) DETACH DELETE n");
    }

    @Test
    void aBadOptionValueIsAUsageErrorFoundBeforeAnyStoreOpens() throws Exception {
        Path store = Files.createTempDirectory(Path.of("target"), "convene-usage-").resolve("never-made");
        String dir = store.toString();
        List<List<String>> cases = List.of(
                List.of("suggest", "--chat", "x", "--limit", "0"),
                List.of("suggest", "--chat", "x", "--roles", "wizard"),
                List.of("ego", "--handle", "x", "--target", "wizard"),
                List.of("invite", "mark", "--chat", "x", "--handle", "y", "--status", "maybe"),
                List.of("retention", "--days", "0"),
                List.of("export", "--format", "pdf", "--out", dir + ".pdf"),
                List.of("analyze", "--resolution", "0"),
                List.of("roles", "correct", "--handle", "x", "--roles", "nurse", "--primary", "wizard"),
                List.of("roles", "sample", "--size", "0"),
                List.of("cypher", "--max-rows", "-1", "RETURN 1"));
        for (List<String> c : cases) {
            List<String> args = new ArrayList<>(c);
            args.addAll(List.of("--data-dir", dir));
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(ConveneCli.USAGE);
            assertThat(r.err()).as(String.join(" ", c)).containsAnyOf("must be", "Unknown", "unknown", "holds 1 to")
                    .contains("Usage:");
        }
        assertThat(store).doesNotExist();
    }

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        CliRun r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("import", "analyze", "suggest", "cypher", "export", "--data-dir", "--uri");
        assertThat(run("cypher", "--help").out()).contains("--json", "--read-only", "QUERY");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("--no-such-option").code()).isEqualTo(2);
        assertThat(run("cypher").code()).isEqualTo(2); // missing QUERY
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void cypherPrintsRowsAgainstAnExternalServer() {
        db.write("CREATE (:CliProbe {name: 'ward sister', n: 1}), (:CliProbe {name: 'chief nurse', n: 2})");
        CliRun r = run(external("cypher", "MATCH (p:CliProbe) RETURN p.name AS name, p.n AS n ORDER BY n"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("name", "ward sister", "chief nurse", "2 rows");
        assertThat(r.err()).doesNotContain("cut");
        // a long value is cut in the table, and stderr says so and where to see it whole; a null parameter too
        CliRun cut = run(external("cypher", "RETURN reduce(s = '', i IN range(1, 30) | s + 'abc') AS long, $nothing AS n"));
        assertThat(cut.code()).as(cut.err()).isZero();
        assertThat(cut.out()).contains("…");
        assertThat(cut.err()).contains("values longer than 60 characters are cut", "--json shows them whole",
                "Not given, so null: $nothing.");
    }

    @Test
    void cypherJsonIsMachineReadable() {
        CliRun r = run(external("cypher", "--json", "--param", "x=41", "RETURN $x + 1 AS answer, 'a' AS s"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"columns\":[\"answer\",\"s\"],\"rows\":[{\"answer\":42,\"s\":\"a\"}]}");
    }

    @Test
    void readOnlyRefusesWrites() {
        CliRun r = run(external("cypher", "--read-only", "CREATE (:CliProbe {name: 'x'})"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("convene: ").doesNotContain("Exception\n\tat");
        assertThat(db.readLong("MATCH (p:CliProbe) RETURN count(p)", java.util.Map.of())).isZero();
    }

    @Test
    void readOnlyRefusesLoadCsvAndMaxRowsCutsTheOutputSayingSo() {
        CliRun refused = run(external("cypher", "--read-only", "LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l"));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("LOAD CSV").contains("read-only");
        CliRun cut = run(external("cypher", "--read-only", "--max-rows", "3", "UNWIND range(1, 10) AS i RETURN i"));
        assertThat(cut.code()).as(cut.err()).isZero();
        assertThat(cut.out()).contains("3 rows");
        assertThat(cut.err()).contains("only the first 3");
    }

    @Test
    void aBadQueryFailsWithTheServersMessage() {
        CliRun r = run(external("cypher", "MATCH (n RETURN n"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("convene: ").containsIgnoringCase("invalid input");
    }

    @Test
    void importOfAMissingFileFailsPlainly() {
        CliRun r = run(external("import", "/no/such/file.csv"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("No such file: /no/such/file.csv");
    }

    @Test
    void aLockedDataDirectoryIsReportedNotStackTraced() {
        CliRun r = run("cypher", "--data-dir", DATA_DIR.toString(), "RETURN 1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in use by another Convene").doesNotContain("\tat ");
    }

    @Test
    void theDataDirectoryTypedBeforeTheSubcommandCountsToo() {
        // `convene --data-dir D cypher ...` must open D, not quietly the default directory
        CliRun r = run("--data-dir", DATA_DIR.toString(), "cypher", "RETURN 1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("in use by another Convene");
        CliRun roles = run("--data-dir", DATA_DIR.toString(), "roles", "label");
        assertThat(roles.err()).contains("in use by another Convene");
    }

    @Test
    void embeddedCypherOnItsOwnDataDirectory() throws Exception {
        Path dir = Files.createTempDirectory("convene-cli-");
        CliRun r = run("cypher", "--data-dir", dir.toString(), "--json",
                "MATCH (a:Account) RETURN count(a) AS accounts");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"accounts\":0");
        assertThat(dir.resolve("bolt-password")).exists();
        // a new store is said to be new (a mistyped --data-dir would otherwise answer "0" without a word); the next run is quiet
        assertThat(r.err()).contains("no database was in " + dir.toAbsolutePath());
        CliRun again = run("cypher", "--data-dir", dir.toString(), "RETURN 1");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("no database was in");
    }

    @Test
    void importReportsRejectedRecordsInACsvAndStillSucceeds() throws Exception {
        Path dir = Files.createTempDirectory("convene-import-");
        Path csv = dir.resolve("tags.csv");
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/tags-wenurses.csv")) {
            Files.copy(in, csv);
        }
        Path report = dir.resolve("report.csv");
        try {
            CliRun r = run(external("import", "--chat", "wenurses", "--report", report.toString(), "--json",
                    csv.toString(), empty.toString()));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"read\":4").contains("\"report\":").containsPattern("\"newPosts\":[0-9]+");
            assertThat(Files.readAllLines(report)).hasSize(3)
                    .anyMatch(l -> l.contains("tags.csv,5,") && l.contains("created_at"))
                    .anyMatch(l -> l.contains("empty.jsonl,0,the file is empty"));
            assertThat(db.readLong("MATCH (:ChatSession {chat: 'wenurses'}) RETURN count(*)", java.util.Map.of()))
                    .isEqualTo(1);
        } finally {
            db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
        }
    }

    @Test
    void rolesEvaluateScoresTheRulesOnAccountsAPersonLabelled() throws Exception {
        Path dir = Files.createTempDirectory("convene-evaluate-");
        Path csv = dir.resolve("tags.csv");
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/tags-wenurses.csv")) {
            Files.copy(in, csv);
        }
        Path gold = Files.writeString(dir.resolve("gold.csv"), "handle,roles\nStaffNurseJo,nurse\nCarerSam,carer\nNoSuchHandle,doctor\n");
        try {
            assertThat(run(external("import", "--report", dir.resolve("report.csv").toString(), csv.toString())).code()).isZero();
            CliRun json = run(prefixed("roles", external("evaluate", "--json", "--differences", gold.toString())));
            assertThat(json.code()).as(json.err()).isZero();
            assertThat(json.out()).contains("\"accounts\":2", "\"notFound\":[\"@NoSuchHandle\"]", "\"precision\"",
                    "\"role\":\"all roles (not unknown)\"");
            CliRun text = run(prefixed("roles", external("evaluate", gold.toString())));
            assertThat(text.code()).as(text.err()).isZero();
            assertThat(text.out()).contains("2 accounts scored; 1 labelled account not in the graph", "precision", "recall");
        } finally {
            db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
        }
    }

    @Test
    void rolesSampleWritesAccountsToLabelThatEvaluateReadsBackHalfDone() throws Exception {
        Path dir = Files.createTempDirectory("convene-sample-");
        Path topsy = Files.writeString(dir.resolve("bios.csv"), """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                nhssm,710000000000000001,"Hi #nhssm","RGN and ward sister",,06/05/14,10,CliNurse,http://twitter.com/CliNurse/status/710000000000000001,http://twitter.com/CliNurse/status/710000000000000001
                nhssm,710000000000000002,"Hi #nhssm","Carer for my dad",,06/05/14,10,CliCarer,http://twitter.com/CliCarer/status/710000000000000002,http://twitter.com/CliCarer/status/710000000000000002
                nhssm,710000000000000003,"Hi #nhssm",,,06/05/14,10,CliNoBio,http://twitter.com/CliNoBio/status/710000000000000003,http://twitter.com/CliNoBio/status/710000000000000003
                """);
        Path sample = dir.resolve("sample.csv");
        try {
            assertThat(run(external("import", "--report", dir.resolve("report.csv").toString(), topsy.toString())).code()).isZero();
            CliRun drawn = run(prefixed("roles", external("sample", "--size", "5", "--chat", "#NHSSM", "--out", sample.toString())));
            assertThat(drawn.code()).as(drawn.err()).isZero();
            assertThat(drawn.err()).contains("Wrote 2 accounts to " + sample);
            List<String> lines = Files.readAllLines(sample);
            assertThat(lines).hasSize(3).first().isEqualTo("platform,id,handle,roles,name,bio");
            assertThat(String.join("\n", lines)).contains("CliNurse", "RGN and ward sister", "CliCarer").doesNotContain("CliNoBio");
            // the person labels the nurse and has not reached the other row yet
            List<String> labelled = new ArrayList<>(lines);
            int nurse = lines.get(1).contains("CliNurse") ? 1 : 2;
            labelled.set(nurse, lines.get(nurse).replace("CliNurse,,", "CliNurse,nurse,"));
            Files.write(sample, labelled);
            CliRun text = run(prefixed("roles", external("evaluate", sample.toString())));
            assertThat(text.code()).as(text.err()).isZero();
            assertThat(text.out()).contains("1 account scored; 0 labelled accounts not in the graph; 1 row without roles skipped; 0 lines rejected");
            assertThat(run(prefixed("roles", external("sample", "--size", "0"))).err()).contains("1 to 2000");
        } finally {
            db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
        }
    }
}
