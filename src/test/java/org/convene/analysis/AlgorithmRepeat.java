package org.convene.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.ConveneApplication;
import org.convene.graph.CypherScript;
import org.convene.graph.GdsStatus;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test (bench/higgs.sh runs it): Leiden and PageRank as the analysis runs them, repeated on
 * one projection in one JVM, so the first (cold) run and the later (warm) ones can be told apart.
 * Between runs the mutated properties are dropped (untimed); each run's results are compared with the
 * first run's, to see whether a setting keeps them reproducible.
 * <p>
 * Arguments: {@code DATA_DIR ROUNDS [NAME;leiden.KEY=VALUE;pagerank.KEY=VALUE ...]}: each argument a setting
 * (numbers, booleans or strings replacing the analysis's own), all run once per round, in turn; none = the
 * analysis's own; {@code projection.uncompressed=true} runs that setting on a second projection built with GDS's
 * internal toggle for plain (not delta-compressed) adjacency lists; {@code pair.sequential=true} runs Leiden, then
 * PageRank, instead of side by side as the analysis does. Prints one JSON object.
 */
public final class AlgorithmRepeat {

    private static final String PROJECT = CypherScript.query(AnalysisService.class, "project-interactions");
    private static final String DROP = CypherScript.query(AnalysisService.class, "drop-projection");

    private AlgorithmRepeat() {}

    /** One setting to time: a name and the settings it changes. */
    private record Setting(String name, LeidenDetection leiden, PageRankCentrality pageRank, boolean uncompressed,
                           boolean sequential, List<Map<String, Object>> runs, long[][] communities, double[][] ranks) {}

    /** How many of the k highest scores of {@code a} are among the k highest of {@code b}. */
    private static long sharedTop(double[] a, double[] b, int k) {
        java.util.Set<Integer> top = new java.util.HashSet<>(top(b, k));
        return top(a, k).stream().filter(top::contains).count();
    }

    private static List<Integer> top(double[] scores, int k) {
        return java.util.stream.IntStream.range(0, scores.length).boxed()
                .sorted((x, y) -> Double.compare(scores[y], scores[x])).limit(k).toList();
    }

    private static double maxDiff(double[] a, double[] b) {
        double max = 0;
        for (int n = 0; n < a.length; n++) max = Math.max(max, Math.abs(a[n] - b[n]));
        return max;
    }

    private static long differing(long[] a, long[] b) {
        long n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    /** Accounts whose community differs once the ids of {@code a} are renamed to those of {@code b}: 0 = same partition. */
    private static long differingPartition(long[] a, long[] b) {
        Map<Long, Long> rename = new java.util.HashMap<>();
        Map<Long, Long> back = new java.util.HashMap<>();
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            Long to = rename.putIfAbsent(a[i], b[i]);
            Long from = back.putIfAbsent(b[i], a[i]);
            if ((to != null && to.longValue() != b[i]) || (from != null && from.longValue() != a[i])) n++;
        }
        return n;
    }

    private static double maxRelativeDiff(double[] a, double[] b) {
        double max = 0;
        for (int n = 0; n < a.length; n++) max = Math.max(max, Math.abs(a[n] - b[n]) / b[n]);
        return max;
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Setting> settings = new ArrayList<>();
        for (String spec : args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[] {"default"}) {
            String[] parts = spec.split(";");
            Map<String, Object> leidenConfig = new LinkedHashMap<>();
            Map<String, Object> pageRankConfig = new LinkedHashMap<>();
            boolean uncompressed = false;
            boolean sequential = false;
            for (String a : Arrays.copyOfRange(parts, 1, parts.length)) {
                if (a.equals("pair.sequential=true")) {
                    sequential = true;
                    continue;
                }
                if (a.equals("projection.uncompressed=true")) {
                    uncompressed = true; // GDS's internal toggle: adjacency lists stored plain, not delta-compressed
                    continue;
                }
                String key = a.substring(a.indexOf('.') + 1, a.indexOf('='));
                Object value = value(a.substring(a.indexOf('=') + 1));
                (a.startsWith("leiden.") ? leidenConfig : pageRankConfig).put(key, value);
            }
            settings.add(new Setting(parts[0], new LeidenDetection(leidenConfig), new PageRankCentrality(pageRankConfig),
                    uncompressed, sequential, new ArrayList<>(), new long[1][], new double[1][]));
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ConveneApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
                        "--logging.level.root=WARN", "--spring.autoconfigure.exclude=" + ConveneApplication.NON_WEB_EXCLUDES,
                        "--convene.demo=false", "--convene.bolt.port=0", "--convene.data-dir=" + dataDir)) {
            GraphDb db = ctx.getBean(GraphDb.class);
            GdsStatus.State gds = ctx.getBean(GdsStatus.class).current();
            if (!gds.available()) throw new IllegalStateException(gds.message());
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            AnalysisOptions options = AnalysisOptions.defaults();
            String projected = "convene-bench-" + System.currentTimeMillis();
            long p = System.nanoTime();
            db.write(PROJECT, Map.of("graph", projected));
            double projectSeconds = (System.nanoTime() - p) / 1e9;
            String plain = projected + "-uncompressed";
            if (settings.stream().anyMatch(Setting::uncompressed)) {
                org.neo4j.gds.utils.GdsFeatureToggles.USE_UNCOMPRESSED_ADJACENCY_LIST.enableAndRun(
                        () -> db.write(PROJECT, Map.of("graph", plain)));
            }
            double[] firstRanks = null;
            long[] firstCommunities = null;
            try {
                // settings take turns, round by round, so load changes on the machine spread over all of them
                for (int i = 0; i < rounds; i++) {
                    for (Setting setting : settings) {
                        String graph = setting.uncompressed() ? plain : projected;
                        Map<String, Object> run = run(db, graph, options, setting);
                        long[] communities = db.read(STREAM, Map.of("g", graph, "p", "community")).stream()
                                .mapToLong(r -> r.get(1).asLong()).toArray();
                        double[] ranks = db.read(STREAM, Map.of("g", graph, "p", "pagerank")).stream()
                                .mapToDouble(r -> r.get(1).asDouble()).toArray();
                        if (firstRanks == null) {
                            firstRanks = ranks;
                            firstCommunities = communities;
                        }
                        if (setting.communities[0] == null) {
                            setting.communities[0] = communities;
                            setting.ranks[0] = ranks;
                        }
                        run.put("accountsInOtherCommunityThanRound1", differing(communities, setting.communities[0]));
                        run.put("accountsInOtherCommunityThanFirstSetting", differing(communities, firstCommunities));
                        run.put("accountsInOtherPartitionThanFirstSetting", differingPartition(communities, firstCommunities));
                        run.put("maxPagerankDifferenceFromFirstSetting", maxDiff(ranks, firstRanks));
                        run.put("maxPagerankChangeFromRound1", maxRelativeDiff(ranks, setting.ranks[0]));
                        run.put("maxPagerankChangeFromFirstSetting", maxRelativeDiff(ranks, firstRanks));
                        run.put("top100SharedWithFirstSetting", sharedTop(ranks, firstRanks, 100));
                        setting.runs().add(run);
                        db.write("CALL gds.graph.nodeProperties.drop($g, ['community', 'pagerank']) "
                                + "YIELD propertiesRemoved RETURN propertiesRemoved", Map.of("g", graph));
                    }
                }
            } finally {
                db.write(DROP, Map.of("graph", projected));
                db.write(DROP, Map.of("graph", plain));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("startSeconds", startSeconds);
            out.put("projectSeconds", projectSeconds);
            out.put("settings", settings.stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.name());
                m.put("leidenConfig", new java.util.TreeMap<>(s.leiden().config(options)).toString());
                AnalysisOptions pageRankOptions = new LeidenAndPageRank(s.leiden(), s.pageRank(), !s.sequential())
                        .pageRankOptions(options);
                m.put("pagerankConfig", new java.util.TreeMap<>(s.pageRank().config(pageRankOptions)).toString());
                m.put("pair", s.sequential() ? "sequential" : "side by side");
                m.put("runs", s.runs());
                return m;
            }).toList());
            System.out.println(json(out));
        }
    }

    private static final String STREAM = "CALL gds.graph.nodeProperty.stream($g, $p) YIELD nodeId, propertyValue "
            + "RETURN nodeId, propertyValue ORDER BY nodeId";

    private static Map<String, Object> run(GraphDb db, String graph, AnalysisOptions options, Setting setting) {
        long c = cpu();
        LeidenAndPageRank.Found both = new LeidenAndPageRank(setting.leiden(), setting.pageRank(), !setting.sequential())
                .run(db, graph, options);
        long pairCpu = cpu() - c;
        CommunityDetection.Communities found = both.communities();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("leidenComputeMillis", found.computeMillis());
        run.put("pagerankComputeMillis", both.pagerankComputeMillis());
        run.put("pairWallMillis", both.wallMillis());
        run.put("pairCpuMillis", pairCpu / 1_000_000);
        run.put("communities", found.count());
        run.put("modularity", found.modularity());
        run.put("leiden", found.how());
        run.put("pagerank", both.pageRank());
        return run;
    }

    /** CPU time of the whole JVM (JIT compiler and GC threads included): less sensitive to other load than wall time. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Object value(String s) {
        if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e2) {
                return s;
            }
        }
    }

    private static String json(Object o) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(o);
    }
}
