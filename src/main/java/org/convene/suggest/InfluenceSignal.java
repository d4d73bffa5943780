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
        return Scale.log(c.influence(chat.pageRank()), chat.maxInfluence());
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        double x = c.influence(chat.pageRank());
        if (x <= 0 || x < chat.topInfluence()) return null;
        return chat.pageRank()
                ? String.format(Locale.ROOT, "among the most influential candidates (PageRank %.2f)", c.pagerank())
                : String.format(Locale.ROOT, "among the most addressed candidates (weighted in-degree %.0f)", c.inWeight());
    }
}
