package org.convene.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.ConveneApplication;
import org.convene.graph.GraphDb;
import org.convene.ingest.EdgeListReader;
import org.convene.ingest.ImportService;
import org.convene.ingest.ImportSummary;
import org.convene.ingest.Post;
import org.convene.ingest.TwitterV1Reader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Import benchmark (run with {@code .ci/mvn -Pbench test -Dtest=ImportBenchmark}): a generated
 * 1,000,000-tweet v1.1 file and the Higgs mention edge list, each imported into an empty embedded store by
 * Convene and, in the same run, by the plain {@code UNWIND $batch ... MERGE} pattern as the baseline.
 * Prints rates, ratios and peak heap; the profile runs it with -Xmx1g.
 */
class ImportBenchmark {

    private static final int TWEETS = Integer.getInteger("bench.tweets", 1_000_000);
    private static final int BASELINE_TWEETS = Integer.getInteger("bench.baseline.tweets", TWEETS);
    private static final Path WORK = Path.of(System.getProperty("bench.dir", "target/bench"));
    private static final Path HIGGS = Path.of(System.getProperty("bench.higgs", "../shared/data/higgs-mention.edgelist"));
    private static final int BATCH = 2_000;

    @Test
    void importBenchmark() throws Exception {
        Files.createDirectories(WORK);
        Path tweets = WORK.resolve("tweets-" + TWEETS + ".jsonl");
        if (!Files.exists(tweets)) {
            long t0 = System.nanoTime();
            new SyntheticTweets(42, Math.max(1000, TWEETS / 10)).write(tweets, TWEETS);
            System.out.printf("generated %s (%,d MB) in %.1f s%n", tweets, Files.size(tweets) >> 20, secs(t0));
        }
        List<String> report = new ArrayList<>();
        report.add(String.format("Import benchmark: %,d tweets (%,d MB), -Xmx%s, %d cores",
                TWEETS, Files.size(tweets) >> 20, maxHeap(), Runtime.getRuntime().availableProcessors()));

        long t0 = System.nanoTime();
        long[] posts = {0};
        try (Reader in = Files.newBufferedReader(tweets, StandardCharsets.UTF_8)) {
            new TwitterV1Reader().read(tweets.toString(), in, p -> posts[0]++, r -> { });
        }
        report.add(String.format("%-36s %,10d tweets in %6.1f s = %,8.0f tweets/s (%,d posts)", "reading only (no store)",
                TWEETS, secs(t0), TWEETS / secs(t0), posts[0]));
        System.out.println(report.getLast());
        Phase base = phase("baseline UNWIND+MERGE, tweets", ctx -> baselineTweets(ctx, tweets, BASELINE_TWEETS));
        Phase convene = phase("Convene import, tweets", ctx -> conveneImport(ctx, tweets, "twitter-v1"));
        report.add(base.line("tweets"));
        report.add(convene.line("tweets"));
        report.add(String.format("  -> Convene %.1fx the baseline's tweets/s", convene.rate() / base.rate()));

        if (Files.exists(HIGGS)) {
            Phase baseEdges = phase("baseline UNWIND+MERGE, Higgs edges", ctx -> baselineEdges(ctx, HIGGS));
            Phase edges = phase("Convene import, Higgs edges", ctx -> conveneImport(ctx, HIGGS, "edgelist"));
            report.add(baseEdges.line("edges"));
            report.add(edges.line("edges"));
            report.add(String.format("  -> Convene %.1fx the baseline's edges/s", edges.rate() / baseEdges.rate()));
        } else {
            report.add("(Higgs edge list not found at " + HIGGS + "; skipped)");
        }
        Files.write(WORK.resolve("import-benchmark.txt"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    interface Work {
        long run(ConfigurableApplicationContext ctx) throws Exception;
    }

    record Phase(String name, long items, double seconds, long peakHeap) {
        double rate() {
            return items / seconds;
        }

        String line(String unit) {
            return String.format("%-36s %,10d %s in %6.1f s = %,8.0f %s/s, peak heap %,d MB",
                    name, items, unit, seconds, rate(), unit, peakHeap >> 20);
        }
    }

    /** Runs one phase on a fresh empty store, sampling the heap while it runs. */
    private static Phase phase(String name, Work work) throws Exception {
        Path store = Files.createTempDirectory(WORK, "store-");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ConveneApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.autoconfigure.exclude=" + ConveneApplication.NON_WEB_EXCLUDES,
                        "--convene.demo=false", "--convene.bolt.port=0", "--convene.page-cache=1g",
                        "--convene.data-dir=" + store, "--logging.level.root=WARN", "--logging.level.org.convene.ingest=INFO")) {
            System.gc();
            HeapSampler heap = HeapSampler.begin();
            long t0 = System.nanoTime();
            long items = work.run(ctx);
            double s = secs(t0);
            Phase phase = new Phase(name, items, s, heap.end());
            System.out.println(phase.line("items"));
            return phase;
        } finally {
            deleteTree(store);
        }
    }

    private static long conveneImport(ConfigurableApplicationContext ctx, Path file, String format) throws IOException {
        ImportService imports = ctx.getBean(ImportService.class);
        long[] last = {System.nanoTime()};
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(file)), format, List.of(),
                (name, written, bytes, size) -> {
                    if (System.nanoTime() - last[0] > 10_000_000_000L) {
                        last[0] = System.nanoTime();
                        System.out.printf("  %,d written, %d%% of the file%n", written, size > 0 ? bytes * 100 / size : 0);
                    }
                });
        if (!summary.rejected().isEmpty()) throw new AssertionError("rejected: " + summary.rejected().getFirst());
        return "edgelist".equals(format) ? summary.edges() : summary.read();
    }

    /** The same file through the same reader, written with one UNWIND ... MERGE statement per batch. */
    private static long baselineTweets(ConfigurableApplicationContext ctx, Path file, int limit) throws IOException {
        GraphDb db = ctx.getBean(GraphDb.class);
        String cypher = script("baseline-posts.cypher");
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        long[] lines = {0};
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new TwitterV1Reader().read(file.toString(), new LineLimit(in, limit, lines), post -> {
                batch.add(row(post));
                if (batch.size() >= BATCH) {
                    db.write(cypher, Map.of("batch", batch));
                    batch.clear();
                }
            }, r -> { throw new AssertionError(r.toString()); });
        }
        if (!batch.isEmpty()) db.write(cypher, Map.of("batch", batch));
        return lines[0];
    }

    private static long baselineEdges(ConfigurableApplicationContext ctx, Path file) throws IOException {
        GraphDb db = ctx.getBean(GraphDb.class);
        String cypher = script("baseline-edges.cypher");
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        long n;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            n = new EdgeListReader().read(file.toString(), in, e -> {
                batch.add(Map.of("source", e.source().id(), "target", e.target().id(), "kind", e.kind(),
                        "weight", e.weight()));
                if (batch.size() >= BATCH) {
                    db.write(cypher, Map.of("batch", batch, "file", file.toString()));
                    batch.clear();
                }
            }, r -> { throw new AssertionError(r.toString()); });
        }
        if (!batch.isEmpty()) db.write(cypher, Map.of("batch", batch, "file", file.toString()));
        return n;
    }

    private static Map<String, Object> row(Post p) {
        Map<String, Object> row = new HashMap<>();
        row.put("platform", p.platform());
        row.put("id", p.id());
        row.put("author", p.author().id());
        row.put("handle", p.author().handle());
        row.put("name", p.author().name());
        row.put("bio", p.author().bio());
        row.put("followers", p.author().followers());
        row.put("text", p.text());
        row.put("createdAt", p.createdAt() == null ? null : p.createdAt().atZone(ZoneOffset.UTC));
        row.put("lang", p.lang());
        row.put("tags", p.hashtags());
        row.put("mentions", p.mentions().stream().map(a -> a.id()).toList());
        row.put("replyToAccount", list(p.replyToAccount() == null ? null : p.replyToAccount().id()));
        row.put("replyToPost", list(p.replyToPost()));
        row.put("retweetOf", list(p.retweetOf()));
        row.put("quoteOf", list(p.quoteOf()));
        return row;
    }

    private static List<String> list(String value) {
        return Optional.ofNullable(value).map(List::of).orElse(List.of());
    }

    private static String script(String name) throws IOException {
        return new ClassPathResource("org/convene/bench/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String maxHeap() {
        return (Runtime.getRuntime().maxMemory() >> 20) + "m";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Samples used heap every 20 ms; the peak includes garbage not yet collected, so it is an upper bound. */
    static final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private long peak;
        private Thread thread;

        static HeapSampler begin() {
            HeapSampler s = new HeapSampler();
            s.thread = Thread.ofPlatform().daemon().start(s);
            return s;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long end() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }

    /** Stops reading after {@code limit} lines, counting them. */
    static final class LineLimit extends Reader {
        private final java.io.BufferedReader in;
        private final int limit;
        private final long[] lines;
        private String line = "";
        private int pos;

        LineLimit(Reader in, int limit, long[] lines) {
            this.in = new java.io.BufferedReader(in, 1 << 16);
            this.limit = limit;
            this.lines = lines;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (pos == line.length()) {
                if (lines[0] >= limit) return -1;
                String next = in.readLine();
                if (next == null) return -1;
                lines[0]++;
                line = next + "\n";
                pos = 0;
            }
            int n = Math.min(len, line.length() - pos);
            line.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
