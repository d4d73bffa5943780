package org.convene.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.bench.SyntheticTweets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.io.layout.Neo4jLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} in the middle of a large import by the packaged command line, then a restart: Neo4j
 * recovers the store, its full consistency check passes, the constraints are all there, and importing the
 * file again ends with exactly the counts (nodes by label, relationships by type) of an uninterrupted import
 * into a fresh store. {@code -Dkill.tweets=N} sets the file's size (default 200,000 tweets).
 */
class KillDuringImportIT {

    static final Path JAR = Path.of(System.getProperty("convene.jar", "target/convene.jar"));
    static final String JAVA = System.getProperty("convene.java",
            Path.of(System.getProperty("java.home"), "bin", "java").toString());
    static final int TWEETS = Integer.getInteger("kill.tweets", 200_000);
    static final Path OUT = Path.of("target", "it");
    private static final Pattern WRITTEN = Pattern.compile(": ([\\d,]+) written");

    /** Nodes by label, relationships by type, INTERACTS weight, and keys held by more than one node. */
    static final String COUNTS = """
            CALL () {
              MATCH (n) UNWIND labels(n) AS label RETURN 'label ' + label AS what, count(*) AS n
              UNION ALL
              MATCH ()-[r]->() RETURN 'type ' + type(r) AS what, count(*) AS n
              UNION ALL
              MATCH ()-[i:INTERACTS]->() RETURN 'INTERACTS weight' AS what, toInteger(sum(i.weight)) AS n
              UNION ALL
              MATCH (a:Account) WITH a.platform AS p, a.id AS id, count(*) AS c WHERE c > 1
              RETURN 'duplicate accounts' AS what, count(*) AS n
              UNION ALL
              MATCH (a:Post) WITH a.platform AS p, a.id AS id, count(*) AS c WHERE c > 1
              RETURN 'duplicate posts' AS what, count(*) AS n
              UNION ALL
              MATCH (p:Post) WHERE p.text IS NOT NULL AND NOT EXISTS { (:Account)-[:POSTED]->(p) }
              RETURN 'posts with text but no author' AS what, count(*) AS n
            }
            RETURN what, n ORDER BY what""";

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesAConsistentStoreAndARerunEndsWithTheCountsOfAnUninterruptedOne(
            @org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        // its three stores and the file take 2.4 GB: JUnit deletes them afterwards
        Path file = work.resolve("synthetic-tweets.jsonl");
        new SyntheticTweets(11, Math.max(1_000, TWEETS / 10)).write(file, TWEETS);
        StringBuilder log = new StringBuilder("tweets " + TWEETS + ", file " + Files.size(file) / 1_000_000 + " MB\n");

        long t0 = System.nanoTime();
        Path reference = work.resolve("reference");
        assertThat(cli("import", "--data-dir", reference.toString(), file.toString()).code()).isZero();
        log.append("uninterrupted import: ").append(seconds(t0)).append(" s\n");
        Map<String, Long> expected = counts(reference);
        assertThat(expected.get("label Post")).isGreaterThan(TWEETS);

        Path killed = work.resolve("killed");
        long written = importAndKill(killed, file, expected.get("label Post") / 3);
        log.append("killed (SIGKILL) after ").append(written).append(" records written\n");

        long t1 = System.nanoTime();
        Map<String, Long> afterKill = counts(killed); // the first open runs Neo4j's recovery
        log.append("restart with recovery and counting: ").append(seconds(t1)).append(" s; posts after the kill: ")
                .append(afterKill.get("label Post")).append('\n');
        assertThat(afterKill.get("label Post")).isPositive().isLessThan(expected.get("label Post"));
        assertThat(afterKill.getOrDefault("duplicate accounts", 0L)).isZero();
        assertThat(afterKill.getOrDefault("duplicate posts", 0L)).isZero();
        assertThat(afterKill.getOrDefault("posts with text but no author", 0L)).isZero();
        List<String> declared = Pattern.compile("CREATE CONSTRAINT (\\w+)").matcher(
                Files.readString(Path.of("cypher", "schema.cypher"))).results().map(m -> m.group(1)).toList();
        assertThat(declared).contains("account_key", "post_key");
        assertThat(constraints(killed)).contains(declared);

        long t2 = System.nanoTime();
        var check = consistencyCheck(killed, work.resolve("consistency"));
        log.append("consistency check: ").append(check.isSuccessful() ? "passed" : "FAILED " + check.reportFile())
                .append(" in ").append(seconds(t2)).append(" s\n");
        assertThat(check.isSuccessful()).as("consistency report " + check.reportFile()).isTrue();

        long t3 = System.nanoTime();
        assertThat(cli("import", "--data-dir", killed.toString(), file.toString()).code()).isZero();
        log.append("re-run import: ").append(seconds(t3)).append(" s\n");
        Map<String, Long> rerun = counts(killed);
        log.append("counts ").append(rerun).append('\n');
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("kill-during-import.txt"), log);
        System.out.print(log);
        assertThat(rerun).isEqualTo(expected);
    }

    /** Starts the import and kills it with SIGKILL once {@code after} records are reported written. */
    private long importAndKill(Path dataDir, Path file, long after) throws Exception {
        Process p = new ProcessBuilder(command("import", "--data-dir", dataDir.toString(), file.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long written = 0;
        try (var err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = WRITTEN.matcher(line);
                if (m.find()) written = Long.parseLong(m.group(1).replace(",", ""));
                if (written >= after) break;
            }
        }
        assertThat(p.isAlive()).as("the import was still running when " + after + " records were written").isTrue();
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of the store
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        return written;
    }

    private static Map<String, Long> counts(Path dataDir) throws Exception {
        Result r = cli("cypher", "--json", "--data-dir", dataDir.toString(), COUNTS);
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode row : JsonMapper.builder().build().readTree(r.out()).get("rows")) {
            counts.put(row.get("what").asString(), row.get("n").asLong()); // rows are {column: value}
        }
        return counts;
    }

    private static String constraints(Path dataDir) throws Exception {
        Result r = cli("cypher", "--json", "--data-dir", dataDir.toString(),
                "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private static ConsistencyCheckService.Result consistencyCheck(Path dataDir, Path reports) throws Exception {
        Files.createDirectories(reports);
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, dataDir.toAbsolutePath())
                .set(GraphDatabaseSettings.pagecache_memory, 64L << 20)
                .build();
        return new ConsistencyCheckService(Neo4jLayout.of(config).databaseLayout("neo4j"))
                .with(config).with(reports).withNumberOfThreads(2).runFullConsistencyCheck();
    }

    record Result(int code, String out, String err) {}

    private static Result cli(String... args) throws Exception {
        Process p = new ProcessBuilder(command(args)).start();
        var out = new java.util.concurrent.CompletableFuture<byte[]>();
        Thread.ofVirtual().start(() -> {
            try {
                out.complete(p.getInputStream().readAllBytes());
            } catch (java.io.IOException e) {
                out.completeExceptionally(e);
            }
        });
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("convene " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.add("--convene.page-cache=128m");
        return command;
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }
}
