package org.convene.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.convene.graph.CypherScript;
import org.convene.graph.GdsStatus;
import org.convene.graph.GraphChanged;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs an analysis and writes its results into the graph: community ids, scores, cluster summaries, per-chat
 * influence and an AnalysisRun record. The steps, in order: project, leiden and pagerank (side by side),
 * degree, betweenness, scores (community, PageRank and betweenness written to the accounts in one pass),
 * cluster ids (kept from the last run where most members are the same), influence, clusters, bridges, write. The interaction projection is dropped whatever happens.
 * Needs Graph Data Science; without it, {@link #run} fails with GDS's own explanation.
 */
@Service
public class AnalysisService {

    public static final List<String> STEPS = List.of("project", "leiden and pagerank", "degree", "betweenness",
            "scores", "cluster ids", "influence", "clusters", "bridges", "write");

    private static final String PROJECT = CypherScript.query(AnalysisService.class, "project-interactions");
    private static final String DROP = CypherScript.query(AnalysisService.class, "drop-projection");
    private static final String DEGREES = CypherScript.query(AnalysisService.class, "in-degrees");
    private static final String WRITE_SCORES = CypherScript.query(AnalysisService.class, "write-scores");
    private static final String WRITE_RUN = CypherScript.query(AnalysisService.class, "write-run");

    private final GraphDb db;
    private final GdsStatus gds;
    private final Centrality pageRank = new PageRankCentrality();
    private final LeidenAndPageRank leidenAndPageRank = new LeidenAndPageRank(new LeidenDetection(), pageRank, true);
    private final Centrality betweenness = new BetweennessCentrality();

    /** Steps other features contribute (the role labeller), run before this feature's own. */
    private final List<AnalysisStep> contributed;

    private final ApplicationEventPublisher events;

    /** One analysis at a time in this JVM: two would write the same properties and summaries at once. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    public AnalysisService(GraphDb db, GdsStatus gds, List<AnalysisStep> contributed, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
        this.gds = gds;
        this.contributed = List.copyOf(contributed);
    }

    public AnalysisResult run(AnalysisOptions options, AnalysisProgress progress) {
        return run(options, progress, contributed);
    }

    /** Runs {@code first} (such as the role labeller), then this feature's steps, then records the run. */
    public AnalysisResult run(AnalysisOptions options, AnalysisProgress progress, List<AnalysisStep> first) {
        running.lock(); // a second request (another import ending, another user) waits for the first
        try {
            return runAlone(options, progress, first);
        } finally {
            running.unlock();
        }
    }

    private AnalysisResult runAlone(AnalysisOptions options, AnalysisProgress progress, List<AnalysisStep> first) {
        GdsStatus.State state = gds.current();
        if (!state.available()) throw new IllegalStateException(state.message());
        Instant at = Instant.now();
        AnalysisRun run = new AnalysisRun(options, db, "convene-analysis-" + at.toEpochMilli());
        List<AnalysisResult.StepResult> done = new ArrayList<>();
        long started = System.nanoTime();
        List<AnalysisStep> steps = new ArrayList<>(first);
        steps.addAll(steps());
        steps.add(step("write", r -> writeRun(r, at, done, started)));
        try {
            for (int i = 0; i < steps.size(); i++) {
                AnalysisStep step = steps.get(i);
                progress.started(i + 1, steps.size(), step.name());
                long t = System.nanoTime();
                String detail = step.run(run);
                long millis = (System.nanoTime() - t) / 1_000_000;
                done.add(new AnalysisResult.StepResult(step.name(), detail, millis));
                progress.finished(i + 1, steps.size(), step.name(), detail, millis);
            }
        } finally {
            db.write(DROP, Map.of("graph", run.graph()));
            events.publishEvent(new GraphChanged("analysis")); // a failed run may have written some steps
        }
        return new AnalysisResult(at, (System.nanoTime() - started) / 1_000_000, done, run.figures());
    }

    private List<AnalysisStep> steps() {
        return List.of(
                step("project", this::project),
                step("leiden and pagerank", this::leidenAndPageRank),
                step("degree", this::degrees),
                step("betweenness", run -> {
                    String how = betweenness.score(db, run.graph(), run.figureLong("accounts"), run.options(),
                            run.figures());
                    run.figure("betweenness", how);
                    return how;
                }),
                step("scores", this::writeScores),
                new StableClusterIds(),
                new ChatInfluence(),
                new ClusterSummaries(),
                new BrokerageStep());
    }

    private String project(AnalysisRun run) {
        db.write(DROP, Map.of("graph", run.graph()));
        Record r = db.write(PROJECT, Map.of("graph", run.graph())).getFirst();
        long accounts = r.get("nodeCount").asLong();
        // the undirected copy stores each tie twice; the directed one once per interacting pair
        run.figure("accounts", accounts);
        return String.format(Locale.UK, "%,d accounts, %,d relationships projected", accounts,
                r.get("relationshipCount").asLong());
    }

    private String leidenAndPageRank(AnalysisRun run) {
        LeidenAndPageRank.Found both = leidenAndPageRank.run(db, run.graph(), run.options());
        CommunityDetection.Communities found = both.communities();
        run.figure("communities", found.count());
        run.figure("modularity", found.modularity());
        run.figure("leidenComputeMillis", found.computeMillis());
        run.communitiesWritten(found.written());
        run.figure("pagerankComputeMillis", both.pagerankComputeMillis());
        run.figure("leidenPagerankWallMillis", both.wallMillis());
        return String.format(Locale.UK, "%,d communities, modularity %.3f (%s); %s; side by side in %.2f s "
                        + "(Leiden %.2f s, PageRank %.2f s computing)", found.count(), found.modularity(), found.how(),
                both.pageRank(), both.wallMillis() / 1000.0, found.computeMillis() / 1000.0,
                both.pagerankComputeMillis() / 1000.0);
    }

    private String writeScores(AnalysisRun run) {
        List<String> properties = new ArrayList<>(List.of(pageRank.property(), betweenness.property()));
        if (!run.communitiesWritten()) properties.addFirst("community");
        Record r = db.write(WRITE_SCORES, Map.of("graph", run.graph(), "properties", properties,
                "concurrency", run.options().concurrency())).getFirst();
        return String.format(Locale.UK, "%,d values of %s written to the accounts in one pass",
                r.get("propertiesWritten").asLong(), String.join(", ", properties));
    }

    private String degrees(AnalysisRun run) {
        long n = db.write(DEGREES).getFirst().get("accounts").asLong();
        return String.format(Locale.UK, "in-degree by kind for %,d accounts", n);
    }

    private String writeRun(AnalysisRun run, Instant at, List<AnalysisResult.StepResult> done, long started) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("at", at.toString());
        record.put("resolution", run.options().resolution());
        record.put("seed", run.options().seed());
        record.put("minClusterSize", run.options().minClusterSize());
        record.put("steps", done.stream().map(AnalysisResult.StepResult::name).toList());
        record.put("stepMillis", done.stream().map(AnalysisResult.StepResult::millis).toList());
        record.put("stepDetails", done.stream().map(AnalysisResult.StepResult::detail).toList());
        record.put("took", (System.nanoTime() - started) / 1_000_000);
        run.figures().forEach((k, v) -> {
            if (v instanceof Number || v instanceof String || v instanceof Boolean) record.putIfAbsent(k, v);
        });
        db.write(WRITE_RUN, Map.of("run", record));
        return "AnalysisRun at " + at;
    }

    private static AnalysisStep step(String name, Function<AnalysisRun, String> work) {
        return new AnalysisStep() {
            public String name() {
                return name;
            }

            public String run(AnalysisRun run) {
                return work.apply(run);
            }
        };
    }
}
