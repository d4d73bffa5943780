package org.convene.suggest;

import java.util.ArrayList;
import java.util.List;

/** How close an account is to the chat's regulars: direct ties, then shared contacts (Adamic–Adar). */
final class ClosenessSignal implements Signal {

    @Override
    public String name() {
        return "closeness";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        return Scale.log(c.closeness(), chat.maxCloseness());
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        // each regular counts once, by the closest way it addressed the account: a retweet is not a mention
        List<String> ways = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        add(ways, counts, addressedVerb(c), c.mentionedBy());
        add(ways, counts, "quoted", c.onlyQuotedBy());
        add(ways, counts, "retweeted", c.onlyRetweetedBy());
        if (!ways.isEmpty()) {
            StringBuilder b = new StringBuilder(ways.getFirst() + " by " + regulars(counts.getFirst(), chat));
            for (int i = 1; i < ways.size(); i++) {
                b.append(i == ways.size() - 1 ? " and " : ", ").append(ways.get(i)).append(" by ").append(counts.get(i));
            }
            return ways.size() > 1 ? b.append(" more").toString() : b.toString();
        }
        if (!c.ties().isEmpty()) {
            return "talks to " + regulars(c.ties().size(), chat);
        }
        if (c.adamicAdar() > 0) return "shares contacts with #" + chat.tag() + " regulars";
        return null;
    }

    private static void add(List<String> ways, List<Long> counts, String way, long n) {
        if (n == 0) return;
        ways.add(way);
        counts.add(n);
    }

    private static String addressedVerb(Candidate c) {
        boolean mentioned = c.ties().stream().anyMatch(Candidate.Tie::mentioned);
        boolean replied = c.ties().stream().anyMatch(t -> t.in().replies() > 0);
        return mentioned && replied ? "mentioned or replied to" : replied ? "replied to" : "mentioned";
    }

    private static String regulars(long n, ChatProfile chat) {
        return n + " #" + chat.tag() + (n == 1 ? " regular" : " regulars");
    }
}
