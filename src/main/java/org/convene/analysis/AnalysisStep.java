package org.convene.analysis;

/**
 * One step of an analysis run, such as Leiden or PageRank. Steps run in order on one {@link AnalysisRun};
 * a step from another feature (the role labeller) can be put in front with
 * {@link AnalysisService#run(AnalysisOptions, AnalysisProgress, java.util.List)}.
 */
public interface AnalysisStep {

    /** A short name shown in progress lines and kept in the run record. */
    String name();

    /** Does the work; returns one line saying what it found (shown as progress, kept in the run record). */
    String run(AnalysisRun run);
}
