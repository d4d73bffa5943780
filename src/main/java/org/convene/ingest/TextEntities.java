package org.convene.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashtags, mentions, a leading {@code @handle} and status ids read from a post's text or a link, for
 * sources that do not list them: shared by the CSV readers so they all read text the same way.
 */
final class TextEntities {

    /** A tweet's page, {@code twitter.com/handle/status/ID} (also {@code statuses} and the {@code #!/} form). */
    static final Pattern STATUS = Pattern.compile("twitter\\.com/(?:#!/)?([A-Za-z0-9_]+)/status(?:es)?/(\\d+)");
    private static final Pattern HASHTAG = Pattern.compile("(?:^|[^\\w&])#(\\w+)");
    private static final Pattern MENTION = Pattern.compile("(?:^|[^\\w])@(\\w{1,30})");
    private static final Pattern LEADING_HANDLE = Pattern.compile("^@([A-Za-z0-9_]{1,30})");
    /** Mastodon's {@code @user@host} (a local {@code @user} has no host) and Bluesky's domain handles. */
    private static final Pattern MENTION_FEDIVERSE = Pattern.compile("(?:^|[^\\w@])@([\\w.-]*\\w(?:@[\\w-]+(?:\\.[\\w-]+)+)?)");
    private static final Pattern LEADING_FEDIVERSE = Pattern.compile("^@([\\w.-]*\\w(?:@[\\w-]+(?:\\.[\\w-]+)+)?)");

    private TextEntities() {}

    /**
     * Twitter's APIs (and the archives and collectors built on them) give a post's text with {@code &}, {@code <}
     * and {@code >} escaped as HTML entities; people should read "&", not "&amp;amp;".
     */
    static String unescapeTwitter(String text) {
        if (text == null || text.indexOf('&') < 0) return text;
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static List<String> hashtags(String text) {
        List<String> tags = new ArrayList<>();
        if (text == null) return tags;
        Matcher h = HASHTAG.matcher(text);
        while (h.find()) tags.add(h.group(1));
        return tags;
    }

    /** Every {@code @handle} in the text, by handle. */
    static List<Account> mentions(String platform, String text) {
        List<Account> mentions = new ArrayList<>();
        if (text == null) return mentions;
        Matcher m = (fediverse(platform) ? MENTION_FEDIVERSE : MENTION).matcher(text);
        while (m.find()) mentions.add(Account.byHandle(platform, m.group(1)));
        return mentions;
    }

    /** The account a text starting with {@code @handle} answers, or null: an inferred reply. */
    static Account leadingHandle(String platform, String text) {
        if (text == null) return null;
        Matcher lead = (fediverse(platform) ? LEADING_FEDIVERSE : LEADING_HANDLE).matcher(text);
        return lead.find() ? Account.byHandle(platform, lead.group(1)) : null;
    }

    /** Handles with dots and, on Mastodon, a server: {@code nurse_jo@nurses.social}, {@code drbob.bsky.social}. */
    private static boolean fediverse(String platform) {
        return MastodonReader.PLATFORM.equals(platform) || BlueskyReader.PLATFORM.equals(platform);
    }

    /** A post id given as digits or as a status link; null when it is neither. */
    static String statusId(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) return v;
        Matcher m = STATUS.matcher(v);
        return m.find() ? m.group(2) : null;
    }
}
