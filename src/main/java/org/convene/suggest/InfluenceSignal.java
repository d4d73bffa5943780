package org.convene.suggest;

import java.util.Locale;

/** Reach: PageRank from the analysis when present, else weighted in-degree over INTERACTS. */
final class InfluenceSignal implements Signal {

    static final int SMALL_POOL = 20;

    @Override
    public String name() {
        return "influence";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        return Scale.log(c.influence(chat.pageRank()), chat.maxInfluence());
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        double x = c.influence(chat.pageRank());
        int n = chat.candidates();
        boolean small = n < SMALL_POOL;
        // in a small pool the 90th percentile is one or two accounts: only the very first is worth saying
        if (x <= 0 || n < 2 || x < (small ? chat.maxInfluence() : chat.topInfluence())) return null;
        String most = chat.pageRank() ? "influential" : "addressed";
        String rank = small ? String.format(Locale.ROOT, "the most %s of the %d candidates", most, n)
                : String.format(Locale.ROOT, "among the 10%% most %s of %,d candidates", most, n);
        return chat.pageRank()
                ? String.format(Locale.ROOT, "%s (PageRank %.2f)", rank, c.pagerank())
                : String.format(Locale.ROOT, "%s (weighted in-degree %.0f)", rank, c.inWeight());
    }
}
