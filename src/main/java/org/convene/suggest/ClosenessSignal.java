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
        long by = c.mentionedBy();
        if (by > 0) return "mentioned by " + by + " #" + chat.tag() + (by == 1 ? " regular" : " regulars");
        if (!c.ties().isEmpty()) {
            return "talks to " + c.ties().size() + " #" + chat.tag() + (c.ties().size() == 1 ? " regular" : " regulars");
        }
        if (c.adamicAdar() > 0) return "shares contacts with #" + chat.tag() + " regulars";
        return null;
    }
}
