package org.convene.analysis;

import org.convene.graph.GraphDb;

/** A score for every account of a projection, written to one Account property. */
interface Centrality {

    /** The property the score is put into, in the projection (and later on the accounts). */
    String property();

    /**
     * Puts the score of every account into the projection; returns a line saying how it was computed and puts
     * {@code <property>ComputeMillis}, the algorithm's own time without write-back, into {@code figures}.
     */
    String score(GraphDb db, String graph, long accounts, AnalysisOptions options, java.util.Map<String, Object> figures);
}
