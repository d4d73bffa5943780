package org.convene.network;

import java.util.List;

/**
 * The accounts and ties a filter selects, cut to the most influential {@code accounts.size()} when it
 * selects more than the view may draw.
 *
 * @param selected how many accounts the filter selects before the cut
 */
public record Selection(List<Account> accounts, List<Tie> ties, int selected) {

    /** An account as drawn: primary role, community and its cluster label, PageRank (0 before analysis). */
    public record Account(String key, String handle, String role, Long community, String cluster, double pagerank) {}

    /** Interactions from source to target of the chosen kinds; weight is their sum. */
    public record Tie(String source, String target, long replies, long mentions, long retweets, long quotes,
                      long weight) {}

    public boolean capped() {
        return selected > accounts.size();
    }
}
