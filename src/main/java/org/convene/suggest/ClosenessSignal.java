package org.convene.suggest;

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
        long by = c.mentionedBy(), retweeted = c.onlyRetweetedBy(); // a retweet is not a mention
        if (by > 0) return "mentioned by " + regulars(by, chat) + (retweeted > 0 ? " and retweeted by " + retweeted + " more" : "");
        if (retweeted > 0) return "retweeted by " + regulars(retweeted, chat);
        if (!c.ties().isEmpty()) {
            return "talks to " + regulars(c.ties().size(), chat);
        }
        if (c.adamicAdar() > 0) return "shares contacts with #" + chat.tag() + " regulars";
        return null;
    }

    private static String regulars(long n, ChatProfile chat) {
        return n + " #" + chat.tag() + (n == 1 ? " regular" : " regulars");
    }
}
