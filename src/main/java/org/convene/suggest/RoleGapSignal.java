package org.convene.suggest;

import org.convene.roles.Role;

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
        long counted = chat.regularsByRole().values().stream().mapToLong(Long::longValue).sum();
        String who = counted < chat.regulars() ? "regulars who wrote in #" + chat.tag() : "regulars";
        if (have == 0) return "fills a gap: no " + Role.count(2, best).replaceFirst("^2 ", "") + " among the " + who;
        // the gap is against the mix the host asked for: say how far the chat is from it
        double percent = 100.0 * have / Math.max(1, counted);
        String share = percent < 0.5 ? "under 1%" : String.format(java.util.Locale.UK, "%.0f%%", percent);
        return chat.mix().isBalanced()
                ? String.format(java.util.Locale.UK, "fills a gap: only %s among %,d %s (%s, fewer than a balanced "
                        + "mix would have)", Role.count(have, best), counted, who, share)
                : String.format(java.util.Locale.UK, "a role you asked for: only %s among %,d %s (%s)",
                        Role.count(have, best), counted, who, share);
    }
}
