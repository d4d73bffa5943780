package org.convene.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A retweet known only from its text, {@code RT @handle: original text}, as in Topsy and TAGS exports and
 * Twitter archives. The original's id is unknown, so it is keyed by its author and text: every retweet of
 * the same text meets at one post, marked inferred.
 */
record OldStyleRetweet(String handle, String originalText) {

    private static final Pattern RETWEET = Pattern.compile("^RT @([A-Za-z0-9_]{1,30}):?\\s*(.*)$", Pattern.DOTALL);

    /** The retweet in {@code text}, or null if the text is not one. */
    static OldStyleRetweet parse(String text) {
        if (text == null) return null;
        Matcher m = RETWEET.matcher(text);
        return m.matches() ? new OldStyleRetweet(m.group(1), m.group(2)) : null;
    }

    /**
     * The original and the retweet. The original's author is the mentioned account with the retweeted
     * handle (which carries its id when the source gives one); the other mentions belong to the original.
     */
    List<Post> posts(Post retweet, List<Account> mentioned) {
        return posts(retweet, mentioned, inferredOriginalId());
    }

    /** As {@link #posts(Post, List)}, for a source that gives the original's id. */
    List<Post> posts(Post retweet, List<Account> mentioned, String originalId) {
        String platform = retweet.platform();
        Account originalAuthor = mentioned.stream().filter(m -> handle.equalsIgnoreCase(m.handle()))
                .findFirst().orElse(Account.byHandle(platform, handle));
        List<Account> inherited = mentioned.stream().filter(m -> !handle.equalsIgnoreCase(m.handle())).toList();
        return List.of(
                new Post(platform, originalId, originalAuthor, originalText, null, null, null, retweet.hashtags(),
                        inherited, null, null, false, null, null),
                new Post(platform, retweet.id(), retweet.author(), retweet.text(), retweet.createdAt(), retweet.lang(),
                        retweet.url(), retweet.hashtags(), List.of(), null, null, false, originalId, null));
    }

    String inferredOriginalId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((handle.toLowerCase(Locale.ROOT) + "\n" + originalText.strip()).getBytes(StandardCharsets.UTF_8));
            return "rt:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
