package org.convene.suggest;

/** Maps raw figures onto [0, 1]. */
final class Scale {

    private Scale() {}

    /** log(1 + x) against log(1 + max): heavy-tailed figures (degrees, PageRank) without one hub flattening the rest. */
    static double log(double x, double max) {
        if (x <= 0 || max <= 0) return 0;
        return Math.min(1, Math.log1p(x) / Math.log1p(max));
    }

    /** 1 now, 0.5 after one half-life, towards 0 after that; 0 for never. */
    static double decay(java.time.Instant at, java.time.Instant reference, double halfLifeDays) {
        if (at == null || reference == null) return 0;
        double days = Math.max(0, java.time.Duration.between(at, reference).toMinutes() / 1440.0);
        return Math.pow(0.5, days / halfLifeDays);
    }
}
