package org.convene.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.roles.Role;

/**
 * A readable label for a cluster and the reason for it. The label joins, when known: the hashtag most
 * typical of the cluster (the largest share of its uses made here, used at least twice, not a followed chat's own
 * tag), its main known
 * role, and its top account by PageRank; the reason says where each part came from.
 */
final class ClusterLabels {

    /** @param chat whether the hashtag is a followed chat's own: everyone in the chat uses it, so it names no cluster */
    record Tag(String tag, long uses, long total, boolean chat) {
        Tag(String tag, long uses, long total) {
            this(tag, uses, total, false);
        }
    }

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
            if (t.uses() < 2 || t.chat()) continue;
            if (typical == null || share(t) > share(typical)) typical = t;
        }
        if (typical != null) {
            parts.add("#" + typical.tag());
            reasons.add(String.format(Locale.UK, "#%s: %d of its %d uses are by members", typical.tag(),
                    typical.uses(), typical.total()));
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).equals("unknown")) continue;
            String plural = Role.plural(roles.get(i));
            parts.add(plural);
            reasons.add(String.format(Locale.UK, "%s: the most common known role, %d of %d members",
                    plural, counts.get(i), size));
            break;
        }
        if (topAccount != null) {
            parts.add("@" + topAccount);
            reasons.add("@" + topAccount + ": highest PageRank in the cluster");
        }
        if (parts.isEmpty()) return new Label("cluster " + id, "no hashtags, known roles or accounts to name it by");
        return new Label(String.join(" · ", parts), String.join("; ", reasons));
    }

    private static double share(Tag t) {
        return (double) t.uses() / Math.max(1, t.total());
    }
}
