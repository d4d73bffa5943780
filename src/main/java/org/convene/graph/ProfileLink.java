package org.convene.graph;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address of an account's own page on its platform, for a host who wants to read it or write to it. Built
 * from the handle, not from the stored {@code url}: for Twitter that is the person's own website.
 */
public final class ProfileLink {

    private static final Pattern TWITTER = Pattern.compile("[A-Za-z0-9_]{1,15}");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
    private static final Pattern BLUESKY = Pattern.compile("(did:[a-z]+:[A-Za-z0-9._:%-]+|[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern MASTODON = Pattern.compile("@?([A-Za-z0-9_.-]+)@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

    private ProfileLink() {}

    /**
     * The page, or null when the platform is not one of ours or the handle cannot be one there (an edge
     * list's numbers, a collector's placeholder).
     */
    public static String of(String platform, String id, String handle) {
        if (platform == null) return null;
        String name = handle != null ? handle.replaceFirst("^@", "") : id;
        if (name == null) return null;
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "twitter" -> TWITTER.matcher(name).matches() && !ALL_DIGITS.matcher(name).matches()
                    ? "https://x.com/" + name : null;
            case "bluesky" -> bluesky(name, id);
            case "mastodon" -> {
                var m = MASTODON.matcher(name);
                yield m.matches() ? "https://" + m.group(2).toLowerCase(Locale.ROOT) + "/@" + m.group(1) : null;
            }
            default -> null;
        };
    }

    private static String bluesky(String handle, String id) {
        if (BLUESKY.matcher(handle).matches()) return "https://bsky.app/profile/" + handle;
        return id != null && BLUESKY.matcher(id).matches() ? "https://bsky.app/profile/" + id : null;
    }

    /** The platform's own name, for a link's words ("Open on Bluesky"). */
    public static String site(String platform) {
        return switch (platform == null ? "" : platform.toLowerCase(Locale.ROOT)) {
            case "twitter" -> "X (Twitter)";
            case "bluesky" -> "Bluesky";
            case "mastodon" -> "Mastodon";
            default -> platform;
        };
    }
}
