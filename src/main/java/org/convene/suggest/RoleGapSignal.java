package org.convene.suggest;

/** Would fill a role the chat's regulars lack against the host's wanted mix (best of the account's roles). */
final class RoleGapSignal implements Signal {

    @Override
    public String name() {
        return "roleGap";
    }

    @Override
    public double score(Candidate c, ChatProfile chat) {
        return c.roles().stream().mapToDouble(r -> chat.mix().gap(r, chat.regularsByRole())).max().orElse(0);
    }

    @Override
    public String reason(Candidate c, ChatProfile chat) {
        String best = null;
        double gap = 0;
        for (String r : c.roles()) {
            double g = chat.mix().gap(r, chat.regularsByRole());
            if (g > gap) {
                gap = g;
                best = r;
            }
        }
        if (best == null) return null;
        long have = chat.regularsByRole().getOrDefault(best, 0L);
        return have == 0 ? "fills a gap: no " + Roles.words(best) + " among the regulars"
                : "fills a gap: only " + have + " " + Roles.words(best) + " among " + chat.regulars() + " regulars";
    }
}
