package org.convene.suggest;

import java.util.Comparator;
import java.util.List;
import org.convene.graph.ValueFormat;

/**
 * The regulars who could introduce an account: those in touch with it both ways first, then those it
 * addressed (it knows them), then those who mentioned or replied to it. A retweet or a quote of it alone is no
 * acquaintance (a news bot retweets everyone), so such a regular is not offered.
 */
final class Introducers {

    private static final int SHOWN = 3;

    private Introducers() {}

    static List<Candidate.Tie> of(Candidate c) {
        return c.ties().stream().filter(t -> bothWays(t) || t.fromCandidate() > 0 || t.addressed())
                .sorted(Comparator.comparingInt(Introducers::closeness)
                        .thenComparingDouble(t -> -t.weight()).thenComparing(Candidate.Tie::handle))
                .toList();
    }

    private static boolean bothWays(Candidate.Tie t) {
        return t.toCandidate() > 0 && t.fromCandidate() > 0;
    }

    private static int closeness(Candidate.Tie t) {
        return bothWays(t) ? 0 : t.fromCandidate() > 0 ? 1 : 2;
    }

    /** "3 mutual contacts: @a, @b, @c (who could introduce)", saying so when some ties go one way only. */
    static String reason(List<Candidate.Tie> ties) {
        if (ties.isEmpty()) return null;
        int n = ties.size();
        String shown = ValueFormat.someOf(ties.stream().map(t -> "@" + t.handle()).toList(), SHOWN);
        long mutual = ties.stream().filter(Introducers::bothWays).count();
        if (mutual == n) return n + (n == 1 ? " mutual contact: " : " mutual contacts: ") + shown + " (who could introduce)";
        long addressedBy = ties.stream().filter(t -> t.fromCandidate() == 0).count();
        String how = mutual > 0 ? mutual + " of them in touch with it both ways"
                : addressedBy == n ? (n == 1 ? "who addressed it; it has not answered" : "who addressed it; it has not answered them")
                : addressedBy == 0 ? "whom it addressed" : "one way only";
        return "could introduce: " + shown + " (" + how + ")";
    }
}
