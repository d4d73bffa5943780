package org.convene.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the Network view selects: interactions of some kinds, at least {@code minWeight} strong, in one chat
 * and period, between accounts of one primary role and one community. Null means "any".
 *
 * @param to           the last day included
 * @param roleContacts with a role: keep every tie of an account of that role (nurses and whom they talk to),
 *                     not only the ties among them
 */
public record NetworkFilter(String chat, LocalDate from, LocalDate to, String role, Set<String> types,
                            double minWeight, Long cluster, boolean roleContacts) {

    /** The kinds of interaction, as the filter and the query parameters name them. */
    public static final List<String> TYPES = List.of("reply", "mention", "retweet", "quote");

    public NetworkFilter {
        chat = blankToNull(chat);
        if (chat != null) chat = chat.replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        role = blankToNull(role);
        types = types == null || types.isEmpty() ? Set.copyOf(TYPES) : Set.copyOf(types);
        if (!TYPES.containsAll(types)) throw new IllegalArgumentException("unknown interaction kind in " + types
                + " (valid: " + String.join(", ", TYPES) + ")");
        minWeight = Math.max(0, minWeight);
    }

    /** Ties among the role's accounts only, when a role is given. */
    public NetworkFilter(String chat, LocalDate from, LocalDate to, String role, Set<String> types, double minWeight,
                         Long cluster) {
        this(chat, from, to, role, types, minWeight, cluster, false);
    }

    public static NetworkFilter all() {
        return new NetworkFilter(null, null, null, null, null, 0, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
