package org.convene.suggest;

import java.util.Locale;

/** Reach: PageRank from the analysis when present, else weighted in-degree over INTERACTS. */
final class InfluenceSignal implements Signal {

    @Override
    public String name() {
        return "influence";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        return Scale.log(c.influence(), chat.maxInfluence());
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        if (c.influence() <= 0 || c.influence() < chat.topInfluence()) return null;
        return c.pagerank() != null
                ? String.format(Locale.ROOT, "among the most influential candidates (PageRank %.2f)", c.pagerank())
                : String.format(Locale.ROOT, "among the most addressed candidates (weighted in-degree %.0f)", c.inWeight());
    }
}
