package org.convene.analysis;

import org.convene.graph.AccountLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.roles.Role;

/**
 * A readable label for a cluster and the reason for it. The label joins, when known: the hashtag most typical of
 * the cluster, its main known role, and its top account by PageRank; the reason says where each part came from.
 * Typical: the largest share of the tag's uses made here, weighed by how many members use it, so that one
 * member's pet tag (two uses, both its own) does not name 200 people. A followed chat's own tag, a tag used by
 * only one member, and a common word ("#you", "#the") name nothing. The main role must hold at least
 * {@link #ROLE_SHARE} of the members whose role is known: a cluster of mixed roles is not named by one of them.
 */
final class ClusterLabels {

    /** The least share of the members of known role that the role in a label holds. */
    static final double ROLE_SHARE = 0.3;

    /**
     * @param uses   uses by the cluster's members
     * @param total  uses in the whole graph
     * @param chat   whether the hashtag is a followed chat's own: everyone in the chat uses it, so it names no cluster
     * @param people members who use it
     */
    record Tag(String tag, long uses, long total, boolean chat, long people) {}

    record Label(String text, String reason) {}

    private ClusterLabels() {}

    /**
     * @param tags      the cluster's most used hashtags, most used first, with their uses in the whole graph
     * @param roles     the cluster's primary roles, most common first ('unknown' included)
     * @param counts    the number of members with each role, in the same order
     * @param size      the cluster's number of members
     * @param topAccount the member with the highest PageRank, or null
     */
    static Label label(long id, List<Tag> tags, List<String> roles, List<Long> counts, long size, String topAccount) {
        List<String> parts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Tag typical = null;
        for (Tag t : tags) {
            if (t.uses() < 2 || t.chat() || t.people() < Math.min(2, size) || TopWords.STOP_WORDS.contains(t.tag())) continue;
            if (typical == null || typicality(t) > typicality(typical)) typical = t;
        }
        if (typical != null) {
            parts.add("#" + typical.tag());
            reasons.add(String.format(Locale.UK, "#%s: %d of its %d uses are by members (%d of them)", typical.tag(),
                    typical.uses(), typical.total(), typical.people()));
        }
        long known = 0;
        for (int i = 0; i < roles.size(); i++) if (!roles.get(i).equals("unknown")) known += counts.get(i);
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).equals("unknown")) continue;
            String plural = Role.plural(roles.get(i));
            if (counts.get(i) >= Math.min(2, known) && counts.get(i) >= ROLE_SHARE * known) {
                parts.add(plural);
                reasons.add(String.format(Locale.UK, "%s: the most common known role, %d of %d members (%d of known role)",
                        plural, counts.get(i), size, known));
            } else {
                reasons.add(String.format(Locale.UK, "no role named: the most common known one, %s, is %d of the %d "
                        + "members of known role", plural, counts.get(i), known));
            }
            break;
        }
        if (topAccount != null) {
            String name = AccountLookup.name(topAccount); // an account without a handle comes as its key
            parts.add(name);
            reasons.add(name + ": highest PageRank in the cluster");
        }
        if (parts.isEmpty()) return new Label("cluster " + id, "no hashtags, known roles or accounts to name it by");
        return new Label(String.join(" · ", parts), String.join("; ", reasons));
    }

    private static double typicality(Tag t) {
        return (double) t.uses() / Math.max(1, t.total()) * Math.log1p(t.people());
    }
}
