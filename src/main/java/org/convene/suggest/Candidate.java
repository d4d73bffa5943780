package org.convene.suggest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the signals know of one account that could be invited, read from the graph around a chat.
 *
 * @param bio              its profile's self-description, or null
 * @param roles            role keys, primary first ({@code unknown} when the roles feature has not labelled it)
 * @param community        cluster id, or null before the analysis has run
 * @param pagerank         PageRank from the analysis, or null
 * @param inWeight         weighted in-degree over INTERACTS: influence when there is no PageRank
 * @param ties             regulars of the chat this account interacts with, strongest first
 * @param adamicAdar       Adamic–Adar closeness to the regulars: over every common neighbour z of this account and
 *                         a regular, 1 / ln(degree of z)
 * @param reach            clusters of this account and its neighbours
 * @param neighbourRoles   known roles of its neighbours, each with those neighbours' handles
 * @param tags             hashtags around it (its own posts count 1, posts addressed to it 0.5), chat tag left out
 * @param lastOwn          its latest own post or interaction, or null
 * @param lastAddressed    the latest time others addressed it, or null
 * @param lastInChat       for a regular who stopped: the last post in the chat; null otherwise
 * @param postsInChat      for a regular who stopped: how many posts it made in the chat; 0 otherwise
 * @param outsideSittings  the two above count posts with the chat's hashtag outside its sittings: it never took part
 * @param mentions         posts that mention or reply to it (the most-mentioned baseline)
 * @param invitation       the host's invitation, or null
 */
public record Candidate(String node, String platform, String id, String handle, String name, String bio, List<String> roles,
                        Long community, Double pagerank, double inWeight, List<Tie> ties,
                        double adamicAdar, Set<Long> reach, Map<String, List<String>> neighbourRoles, Map<String, Double> tags,
                        Instant lastOwn, Instant lastAddressed, Instant lastInChat, long postsInChat, boolean outsideSittings, long mentions,
                        Invitation invitation) {

    /**
     * A regular this account interacts with: weight from the regular to it, and from it to the regular;
     * {@code in} splits the first by kind (the rest of it is mentions), since a retweet is not a mention.
     */
    public record Tie(String handle, double toCandidate, double fromCandidate, Kinds in) {
        public Tie(String handle, double toCandidate, double fromCandidate) {
            this(handle, toCandidate, fromCandidate, Kinds.NONE);
        }

        double weight() {
            return toCandidate + fromCandidate;
        }

        /** The regular mentioned the account or replied to it, the closest of the ways to address it. */
        boolean addressed() {
            return toCandidate > in.replies() + in.quotes() + in.retweets() || in.replies() > 0;
        }

        boolean mentioned() {
            return toCandidate > in.replies() + in.quotes() + in.retweets();
        }
    }

    /** How many of a regular's interactions with the account were replies, quotes and retweets. */
    public record Kinds(double replies, double quotes, double retweets) {
        static final Kinds NONE = new Kinds(0, 0, 0);
    }

    public record Invitation(String status, Instant at, String by) {}

    public String primaryRole() {
        return roles.isEmpty() ? Roles.UNKNOWN : roles.getFirst();
    }

    /** Regulars who mention or reply to this account. */
    public long mentionedBy() {
        return ties.stream().filter(Tie::addressed).count();
    }

    /** Regulars who quote this account but neither mention nor reply to it. */
    public long onlyQuotedBy() {
        return ties.stream().filter(t -> !t.addressed() && t.in().quotes() > 0).count();
    }

    /** Regulars who only retweet this account. */
    public long onlyRetweetedBy() {
        return ties.stream().filter(t -> !t.addressed() && t.in().quotes() == 0 && t.in().retweets() > 0).count();
    }

    /** Direct ties count one each, two-step paths by Adamic–Adar. */
    public double closeness() {
        return ties.size() + adamicAdar;
    }

    /**
     * PageRank when the analysis has run on the whole pool ({@code pageRank}; an account without interactions
     * has none and counts 0), else weighted in-degree.
     */
    public double influence(boolean pageRank) {
        if (pageRank) return pagerank == null ? 0 : pagerank;
        return inWeight;
    }
}
