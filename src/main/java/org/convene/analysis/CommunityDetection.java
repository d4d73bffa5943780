package org.convene.analysis;

import org.convene.graph.GraphDb;

/** Finds communities in the undirected, weighted ties of a projection. */
interface CommunityDetection {

    /**
     * Puts a community id, 0 to count - 1, the same for the same graph, options and seed, into the projection
     * as {@code community}; or, when it cannot, writes it to the accounts and says so in {@code written}.
     */
    Communities detect(GraphDb db, String graph, AnalysisOptions options);

    /** {@code computeMillis}: the algorithm alone, without projection or write-back (0 when unknown). */
    record Communities(long count, double modularity, String how, long computeMillis, boolean written) {}
}
