package org.convene.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convene.graph.GraphDb;

/**
 * Leiden and PageRank on one projection, side by side: they only read the projection and each mutates its
 * own property, and Leiden keeps to one thread (for reproducible communities), so PageRank gets the other
 * threads: one on two cores (on higgs-mention faster side by side than two threads fighting Leiden for the
 * cores, and deterministic). Each runs in its own transaction.
 * <p>
 * Safe in GDS 2.26: {@code CSRGraphStore.addNodeProperty} copies the property store and updates the schema
 * inside a synchronized method; an algorithm reads the store when it starts (its graph view) and writes
 * when it ends, hundreds of milliseconds after both have started on higgs-mention (AlgorithmRepeat checks
 * that the results equal the sequential ones).
 */
final class LeidenAndPageRank {

    private final CommunityDetection communities;
    private final Centrality pageRank;
    private final boolean sideBySide;

    LeidenAndPageRank(CommunityDetection communities, Centrality pageRank, boolean sideBySide) {
        this.communities = communities;
        this.pageRank = pageRank;
        this.sideBySide = sideBySide;
    }

    /** What both found; {@code wallMillis}: from the start of the first to the end of the last. */
    record Found(CommunityDetection.Communities communities, String pageRank, long pagerankComputeMillis,
                 long wallMillis) {}

    Found run(GraphDb db, String graph, AnalysisOptions options) {
        Map<String, Object> figures = new HashMap<>();
        long t = System.nanoTime();
        if (!sideBySide) {
            var found = communities.detect(db, graph, options);
            String how = pageRank.score(db, graph, 0, options, figures);
            return found(found, how, figures, t);
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CommunityDetection.Communities> leiden = pool.submit(() -> communities.detect(db, graph, options));
            Future<String> rank = pool.submit(() -> pageRank.score(db, graph, 0, pageRankOptions(options), figures));
            // wait for both, also when one fails: the projection is dropped after this step
            Throwable leidenFailed = failure(leiden);
            Throwable rankFailed = failure(rank);
            if (leidenFailed != null || rankFailed != null) {
                String message = (leidenFailed != null ? "Leiden (communities) failed: " + message(leidenFailed) : "")
                        + (leidenFailed != null && rankFailed != null ? "; " : "")
                        + (rankFailed != null ? "PageRank (influence) failed: " + message(rankFailed) : "");
                IllegalStateException e = new IllegalStateException(message, leidenFailed != null ? leidenFailed : rankFailed);
                if (leidenFailed != null && rankFailed != null) e.addSuppressed(rankFailed);
                throw e;
            }
            return found(leiden.resultNow(), rank.resultNow(), figures, t);
        }
    }

    /** PageRank's settings: beside Leiden it gets the threads Leiden leaves. */
    AnalysisOptions pageRankOptions(AnalysisOptions options) {
        return sideBySide ? options.withConcurrency(Math.max(1, options.concurrency() - 1)) : options;
    }

    private Found found(CommunityDetection.Communities found, String how, Map<String, Object> figures, long started) {
        long compute = figures.get(pageRank.property() + "ComputeMillis") instanceof Number n ? n.longValue() : 0;
        return new Found(found, how, compute, (System.nanoTime() - started) / 1_000_000);
    }

    private static Throwable failure(Future<?> f) {
        try {
            f.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
