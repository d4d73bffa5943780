package org.convene.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.GraphTestBase;
import org.convene.bench.SyntheticTweets;
import org.convene.graph.GraphDb;
import org.convene.ingest.GraphWriter;
import org.convene.ingest.ImportService;
import org.convene.ingest.ImportSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two imports of overlapping files at once, on two threads through one {@link ImportService} (two
 * processes cannot share an embedded store: it is locked). They must leave no duplicate account or post
 * and exactly the graph that importing the same files one after the other leaves.
 */
class ConcurrentImportTest extends GraphTestBase {

    @Autowired ImportService imports;
    @Autowired GraphDb db;
    @Autowired GraphWriter writer;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    @Test
    void twoOverlappingImportsAtOnceLeaveNoDuplicates() throws Exception {
        Path dir = Files.createTempDirectory("convene-concurrent-");
        Path tweets = dir.resolve("all.jsonl");
        new SyntheticTweets(42, 1_500).write(tweets, 12_000);
        List<String> lines = Files.readAllLines(tweets);
        // two files sharing their middle third: the same posts, authors and mentioned accounts in both
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        Files.write(first, lines.subList(0, 8_000));
        Files.write(second, lines.subList(4_000, 12_000));
        Path demo = dir.resolve("cancerchat.csv");
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/cancerchat-2014.csv")) {
            Files.copy(in, demo);
        }
        List<ImportService.Source> a = List.of(ImportService.Source.of(first), ImportService.Source.of(demo));
        List<ImportService.Source> b = List.of(ImportService.Source.of(demo), ImportService.Source.of(second));

        imports.importAll(a, null, List.of("tag1"));
        imports.importAll(b, null, List.of("tag1"));
        Map<String, Long> oneAfterTheOther = counts();
        writer.deriveAllInteractions();
        Map<String, Long> oneAfterTheOtherRebuilt = counts();
        clean();

        CyclicBarrier together = new CyclicBarrier(2);
        // Nothing here may interrupt an import: an interrupt during a commit stops the database for every later
        // test. So no JUnit @Timeout and no try-with-resources (both interrupt on timeout), but a bounded wait
        // that fails the test and leaves the imports to finish on their own.
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportSummary>> runs = new ArrayList<>();
            for (var files : List.of(a, b)) {
                runs.add(two.submit(() -> {
                    together.await();
                    return imports.importAll(files, null, List.of("tag1"));
                }));
            }
            for (var run : runs) assertThat(run.get(10, TimeUnit.MINUTES).rejected()).isEmpty();
        } finally {
            two.shutdown();
        }

        assertThat(db.readLong("""
                MATCH (a:Account) WITH a.platform AS platform, a.id AS id, count(*) AS n WHERE n > 1
                RETURN count(*)""", Map.of())).as("accounts sharing a key").isZero();
        assertThat(db.readLong("""
                MATCH (a:Account) WITH a.platform AS platform, a.handleLower AS handle, count(*) AS n
                WHERE handle IS NOT NULL AND n > 1 RETURN count(*)""", Map.of())).as("accounts sharing a handle").isZero();
        assertThat(db.readLong("""
                MATCH (p:Post) WITH p.platform AS platform, p.id AS id, count(*) AS n WHERE n > 1
                RETURN count(*)""", Map.of())).as("posts sharing a key").isZero();
        Map<String, Long> atOnce = counts();
        writer.deriveAllInteractions();
        Map<String, Long> atOnceRebuilt = counts();
        System.out.println("ConcurrentImportTest one after the other " + oneAfterTheOther + ", rebuilt "
                + oneAfterTheOtherRebuilt + "; at once " + atOnce + ", rebuilt " + atOnceRebuilt);
        assertThat(atOnceRebuilt).isEqualTo(oneAfterTheOtherRebuilt);
        assertThat(atOnce).as("INTERACTS after imports at once, against a full rebuild").isEqualTo(atOnceRebuilt);
        assertThat(oneAfterTheOther).as("INTERACTS after imports one after the other, against a full rebuild")
                .isEqualTo(oneAfterTheOtherRebuilt);
    }

    /** Nodes by label and relationships by type. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String label : List.of("Account", "Post", "Hashtag", "Chat", "ChatSession")) {
            counts.put(label, db.readLong("MATCH (n:" + label + ") RETURN count(n)", Map.of()));
        }
        db.read("MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type")
                .forEach(r -> counts.put(r.get("type").asString(), r.get("n").asLong()));
        counts.put("INTERACTS weight", db.readLong(
                "MATCH ()-[i:INTERACTS]->() RETURN toInteger(sum(i.weight))", Map.of()));
        return counts;
    }
}
