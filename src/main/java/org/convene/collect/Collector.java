package org.convene.collect;

/**
 * Fetches one site's posts with a hashtag, newest first, one page at a time. Every site pages the same way
 * here: from the newest post down to the watermark {@code since} (exclusive for ids, inclusive for
 * Bluesky's times), following {@code cursor} to older pages.
 */
interface Collector {

    /** The site's name for messages: "Twitter", "Mastodon", "Bluesky". */
    String site();

    Page fetch(String since, String cursor) throws RateLimited, CollectFailure, InterruptedException;

    /** The later of two watermarks, either of which may be null. Ids: longer is later, then by digits. */
    default String later(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a.length() != b.length()) return a.length() > b.length() ? a : b;
        return a.compareTo(b) >= 0 ? a : b;
    }
}
