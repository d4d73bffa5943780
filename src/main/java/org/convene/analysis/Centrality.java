package org.convene.analysis;

import org.convene.graph.GraphDb;

/** A score for every account of a projection, written to one Account property. */
interface Centrality {

    /** The Account property the score is written to. */
    String property();

    /**
     * Writes the score of every account in the projection; returns a line saying how it was computed and puts
     * {@code <property>ComputeMillis}, the algorithm's own time without write-back, into {@code figures}.
     */
    String score(GraphDb db, String graph, long accounts, AnalysisOptions options, java.util.Map<String, Object> figures);
}
