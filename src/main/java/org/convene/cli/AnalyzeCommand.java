package org.convene.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convene.analysis.AnalysisOptions;
import org.convene.analysis.AnalysisProgress;
import org.convene.analysis.AnalysisResult;
import org.convene.analysis.AnalysisService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Find communities (Leiden), influence (PageRank, in-degree, betweenness, per chat and sitting) "
                + "and bridges, and write them into the graph. Needs Graph Data Science.")
class AnalyzeCommand extends GraphCommand {

    @Option(names = "--resolution", paramLabel = "R",
            description = "Leiden resolution (gamma): higher gives more, smaller communities (default 1.0).")
    double resolution = AnalysisOptions.defaults().resolution();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed, so re-runs agree (default 42).")
    long seed = AnalysisOptions.defaults().seed();

    @Option(names = "--min-cluster-size", paramLabel = "N",
            description = "Smallest community that gets a Cluster node with a summary (default 3).")
    int minClusterSize = AnalysisOptions.defaults().minClusterSize();

    @Option(names = "--exact-up-to", paramLabel = "N",
            description = "Exact betweenness up to N accounts, sampled above (default 5000).")
    long exactUpTo = AnalysisOptions.defaults().exactUpTo();

    @Option(names = "--sample-size", paramLabel = "N",
            description = "Source accounts sampled for betweenness on larger graphs (default 250).")
    long sampleSize = AnalysisOptions.defaults().samplingSize();

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        AnalysisOptions options = Usage.parse(spec, () -> AnalysisOptions.defaults().withResolution(resolution)
                .withSeed(seed).withMinClusterSize(minClusterSize).withSampling(exactUpTo, sampleSize));
        AnalysisResult result;
        try (var context = context()) {
            result = context.getBean(AnalysisService.class).run(options, progress(spec.commandLine().getErr()));
        }
        print(spec.commandLine().getOut(), result, json);
        return ConveneCli.OK;
    }

    static AnalysisProgress progress(PrintWriter err) {
        return new AnalysisProgress() {
            public void started(int step, int steps, String name) {
                err.printf(Locale.UK, "[%d/%d] %s ...%n", step, steps, name);
                err.flush();
            }

            public void finished(int step, int steps, String name, String detail, long millis) {
                err.printf(Locale.UK, "[%d/%d] %s: %s (%.1f s)%n", step, steps, name, detail, millis / 1000.0);
                err.flush();
            }
        };
    }

    static void print(PrintWriter out, AnalysisResult result, boolean json) {
        if (json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("at", result.at().toString());
            r.put("seconds", result.millis() / 1000.0);
            r.put("steps", result.steps().stream().map(s -> Map.of("name", s.name(), "detail", s.detail(),
                    "seconds", s.millis() / 1000.0)).toList());
            r.put("figures", result.figures());
            out.println(Output.json(r));
        } else {
            out.printf(Locale.UK, "Analysis done in %.1f s: %s communities, %s clusters, modularity %.3f.%n",
                    result.millis() / 1000.0, result.figures().get("communities"), result.figures().get("clusters"),
                    ((Number) result.figures().getOrDefault("modularity", 0)).doubleValue());
            out.println("Results are in the graph: see cypher/library/ for queries (bridges, clusters, ego networks).");
        }
        out.flush();
    }
}
