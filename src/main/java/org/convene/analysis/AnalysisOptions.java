package org.convene.analysis;

import java.util.List;

/**
 * Settings of one analysis run.
 *
 * @param resolution      Leiden's gamma: higher gives more, smaller communities (1.0 = modularity)
 * @param seed            random seed for Leiden and for betweenness sampling, so re-runs agree
 * @param minClusterSize  communities smaller than this get a community id but no Cluster node
 * @param exactUpTo       betweenness is exact on graphs up to this many accounts, sampled above it
 * @param samplingSize    source accounts sampled for betweenness on larger graphs
 * @param influenceTop    accounts kept per chat and per chat sitting in INFLUENCE
 * @param bridgeRoles     the role groups a bridging cluster should span
 * @param concurrency     threads for PageRank and betweenness (Leiden always runs on one, for determinism; PageRank
 *                        gets one fewer, as it runs beside Leiden)
 */
public record AnalysisOptions(double resolution, long seed, int minClusterSize, long exactUpTo, long samplingSize,
                              int influenceTop, List<String> bridgeRoles, int concurrency) {

    public static final List<String> BRIDGE_ROLES = List.of("nurse", "executive", "patient", "commissioner");

    public AnalysisOptions {
        if (!(resolution > 0)) throw new IllegalArgumentException("The resolution must be above 0, not " + resolution);
        if (minClusterSize < 1) throw new IllegalArgumentException("The smallest cluster size must be at least 1");
        if (samplingSize < 1) throw new IllegalArgumentException("The sampling size must be at least 1");
        if (concurrency < 1) throw new IllegalArgumentException("Concurrency must be at least 1");
        bridgeRoles = List.copyOf(bridgeRoles);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(1.0, 42, 3, 5_000, 250, 50, BRIDGE_ROLES,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public AnalysisOptions withResolution(double r) {
        return new AnalysisOptions(r, seed, minClusterSize, exactUpTo, samplingSize, influenceTop, bridgeRoles, concurrency);
    }

    public AnalysisOptions withSeed(long s) {
        return new AnalysisOptions(resolution, s, minClusterSize, exactUpTo, samplingSize, influenceTop, bridgeRoles, concurrency);
    }

    public AnalysisOptions withMinClusterSize(int m) {
        return new AnalysisOptions(resolution, seed, m, exactUpTo, samplingSize, influenceTop, bridgeRoles, concurrency);
    }

    public AnalysisOptions withConcurrency(int c) {
        return new AnalysisOptions(resolution, seed, minClusterSize, exactUpTo, samplingSize, influenceTop, bridgeRoles, c);
    }

    public AnalysisOptions withSampling(long exactUpTo, long samplingSize) {
        return new AnalysisOptions(resolution, seed, minClusterSize, exactUpTo, samplingSize, influenceTop, bridgeRoles, concurrency);
    }
}
