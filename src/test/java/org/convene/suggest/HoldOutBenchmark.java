package org.convene.suggest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.convene.GraphTestBase;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The temporal hold-out of the README's "Whom to invite" section, on the bundled #celiac 2014 collection:
 * import the posts before a cut-off, suggest from that graph, then import the rest and count how many
 * suggested accounts first posted with #celiac after the cut-off, against the most-mentioned non-participants
 * and random non-participants (100 seeded draws) in the same run. Then times 100 suggestion calls on the full
 * graph. Not a test: it empties the database, so it runs alone and only when asked:
 * {@code .ci/mvn -o -q test -Dtest=HoldOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Dconvene.bench=true}
 * (figures in {@code target/bench/suggest-holdout.md}).
 */
@EnabledIfSystemProperty(named = "convene.bench", matches = "true")
class HoldOutBenchmark extends GraphTestBase {

    private static final String TAG = "celiac";
    private static final List<Instant> CUTOFFS = List.of(Instant.parse("2014-06-10T00:00:00Z"),
            Instant.parse("2014-06-15T00:00:00Z"), Instant.parse("2014-06-22T00:00:00Z"));
    private static final int[] AT = {10, 20, 50};
    private static final int DRAWS = 100;
    private static final Pattern STATUS = Pattern.compile("status(?:es)?/(\\d+)");

    @Autowired GraphDb db;
    @Autowired ImportService imports;
    @Autowired SuggestSettings settings;

    record Row(Instant at, CSVRecord record) {}

    @Test
    void holdOut() throws Exception {
        List<String> header = new ArrayList<>();
        List<Row> rows = read(header);
        StringBuilder report = new StringBuilder();
        report.append("# Suggestion hold-out on #celiac 2014 (").append(rows.size()).append(" rows)\n\n");
        report.append("| cut-off | posts before | regulars | newcomers after | of them in the graph before | method | hits@10 | hits@20 | hits@50 |\n");
        report.append("|---|---|---|---|---|---|---|---|---|\n");
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (Instant cutoff : CUTOFFS) {
            clean();
            List<Row> before = rows.stream().filter(r -> r.at().isBefore(cutoff)).toList();
            List<Row> after = rows.stream().filter(r -> !r.at().isBefore(cutoff)).toList();
            load(header, before);
            CypherScript.statements("org/convene/suggest/bench-analysis.cypher").forEach(db::write);

            Set<String> participants = keys("bench-participants", Map.of("tag", TAG));
            List<String> pool = new ArrayList<>();
            List<String> mostMentioned = new ArrayList<>();
            for (var r : db.read(CypherScript.query(HoldOutBenchmark.class, "bench-non-participants"), Map.of("tag", TAG))) {
                pool.add(r.get("key").asString());
                if (r.get("mentions").asLong() > 0) mostMentioned.add(r.get("key").asString());
            }
            Map<String, List<String>> methods = new LinkedHashMap<>();
            methods.put("suggest (default weights)", suggest(settings.weights()));
            for (String signal : SuggestSettings.DEFAULT_WEIGHTS.keySet()) {
                Map<String, Double> only = new HashMap<>();
                SuggestSettings.DEFAULT_WEIGHTS.keySet().forEach(k -> only.put(k, 0.0));
                only.put(signal, 1.0);
                methods.put("suggest, " + signal + " only", suggest(only));
            }
            methods.put("most-mentioned non-participants", mostMentioned);

            load(header, after);
            Set<String> newcomers = keys("bench-posted-since", Map.of("tag", TAG,
                    "cutoff", ZonedDateTime.ofInstant(cutoff, ZoneOffset.UTC)));
            newcomers.removeAll(participants);
            long inGraph = newcomers.stream().filter(new HashSet<>(pool)::contains).count();

            for (var m : methods.entrySet()) {
                double[] hits = new double[AT.length];
                for (int i = 0; i < AT.length; i++) hits[i] = hits(m.getValue(), newcomers, AT[i]);
                row(report, cutoff, before.size(), participants.size(), newcomers.size(), inGraph, m.getKey(), hits, "%.0f");
                totals.merge(m.getKey(), hits, HoldOutBenchmark::add);
            }
            double[] random = new double[AT.length];
            for (int d = 0; d < DRAWS; d++) {
                List<String> shuffled = new ArrayList<>(pool);
                Collections.shuffle(shuffled, new Random(d));
                for (int i = 0; i < AT.length; i++) random[i] += hits(shuffled, newcomers, AT[i]) / DRAWS;
            }
            row(report, cutoff, before.size(), participants.size(), newcomers.size(), inGraph,
                    "random non-participants (mean of " + DRAWS + ")", random, "%.2f");
            totals.merge("random non-participants (mean of " + DRAWS + ")", random, HoldOutBenchmark::add);
        }
        report.append("\nSummed over the three cut-offs:\n\n| method | hits@10 | hits@20 | hits@50 |\n|---|---|---|---|\n");
        totals.forEach((k, v) -> report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", k, v[0], v[1], v[2])));

        // the timing runs on the full collection, analysed as a whole, as a user would have it
        CypherScript.statements("org/convene/suggest/bench-analysis.cypher").forEach(db::write);
        report.append("\n").append(timing());
        Path out = Path.of("target", "bench", "suggest-holdout.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        clean();
    }

    /** 100 suggestion calls (limit 20) on the full collection after 10 to warm up, p50 and p95. */
    private String timing() {
        SuggestService service = new SuggestService(db, settings);
        var request = new SuggestService.Request(TAG, List.of(), 20, false);
        for (int i = 0; i < 10; i++) service.suggest(request);
        String loadBefore = load();
        long[] ms = new long[100];
        SuggestService.Result last = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            last = service.suggest(request);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        StringBuilder top = new StringBuilder("Top five on the full collection:\n\n```\n");
        for (Suggestion s : last.suggestions().subList(0, Math.min(5, last.suggestions().size()))) {
            top.append(String.format(Locale.ROOT, "%3d. @%s  score %.3f%n     %s%n", s.rank(), s.handle(), s.score(),
                    String.join("; ", s.reasons())));
        }
        top.append("```\n\n");
        return top + String.format(Locale.ROOT, "Timing on the full collection (%d regulars, %d candidates scored), "
                + "100 calls of suggest --chat celiac --limit 20: p50 %d ms, p95 %d ms, max %d ms "
                + "(%d cores, load average before / after: %s / %s)%n",
                last.regulars(), last.candidates(), ms[49], ms[94], ms[99],
                Runtime.getRuntime().availableProcessors(), loadBefore, load());
    }

    /** The 1-minute load average: the machine may be shared, and timings mean little without it. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private List<String> suggest(Map<String, Double> weights) {
        SuggestService service = new SuggestService(db, new SuggestSettings(weights, settings.lapsedDays(),
                settings.halfLifeDays(), settings.pool()));
        return service.suggest(new SuggestService.Request(TAG, List.of(), AT[AT.length - 1], false)).suggestions()
                .stream().map(s -> s.platform() + " " + s.id()).toList();
    }

    private static void row(StringBuilder report, Instant cutoff, int posts, int regulars, int newcomers, long inGraph,
                            String method, double[] hits, String format) {
        report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | " + format + " | " + format + " | " + format + " |%n",
                cutoff.toString().substring(0, 10), posts, regulars, newcomers, inGraph, method, hits[0], hits[1], hits[2]));
    }

    private static double hits(List<String> ranked, Set<String> newcomers, int k) {
        return ranked.stream().limit(k).filter(newcomers::contains).count();
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) sum[i] = a[i] + b[i];
        return sum;
    }

    private Set<String> keys(String query, Map<String, Object> params) {
        Set<String> keys = new HashSet<>();
        db.read(CypherScript.query(HoldOutBenchmark.class, query), params).forEach(r -> keys.add(r.get("key").asString()));
        return keys;
    }

    private void clean() {
        CypherScript.statements("org/convene/suggest/bench-clean.cypher").forEach(db::write);
    }

    private List<Row> read(List<String> header) throws IOException {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream("demo/celiac-2014.csv"),
                StandardCharsets.UTF_8); var parser = format.parse(in)) {
            header.addAll(parser.getHeaderNames());
            for (CSVRecord r : parser) {
                Matcher m = STATUS.matcher(r.get("trackback_permalink"));
                long id = Long.parseLong(m.find() ? m.group(1) : r.get("id"));
                rows.add(new Row(Instant.ofEpochMilli((id >> 22) + 1288834974657L), r));
            }
        }
        return rows;
    }

    /** Writes the rows to a temporary Topsy CSV and imports it, as a user would. */
    private void load(List<String> header, List<Row> rows) throws IOException {
        Path file = Files.createTempFile("convene-holdout-", ".csv");
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
            for (Row r : rows) printer.printRecord(r.record().values());
        }
        imports.importAll(List.of(ImportService.Source.of(file)), "topsy-csv", List.of(TAG));
        Files.delete(file);
    }
}
