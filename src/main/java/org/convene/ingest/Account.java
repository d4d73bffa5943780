package org.convene.ingest;

import java.time.Instant;

/**
 * An account as a source saw it at {@code seen}. Profile fields may be null when the source only
 * names the account (a mention, a retweeted author); the writer then keeps what it already has.
 */
public record Account(String platform, String id, String handle, String name, String bio, String location,
                      Long followers, String url, Instant seen) {

    /** Longer ids or handles are not real (handles have at most 30 characters, at:// uris a few hundred). */
    static final int MAX_KEY = 1_000;

    public Account {
        checkKey("account id", id);
        checkKey("handle", handle);
    }

    /**
     * Refuses a key too long to be real: Neo4j cannot index a value over about 8 KB, so one would stop the
     * whole import; refused here, inside a reader, it is one rejected record with its line.
     */
    static String checkKey(String what, String value) {
        if (value != null && value.length() > MAX_KEY) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a %s of %,d characters (at most %,d): not a real one", what, value.length(), MAX_KEY));
        }
        return value;
    }

    /** An account known by handle alone, keyed '@' + lower-case handle (see cypher/schema.cypher). */
    public static Account byHandle(String platform, String handle) {
        return new Account(platform, keyOf(platform, handle), handle, null, null, null, null, null, null);
    }

    /**
     * The key of an account known by handle: its handle key, except a Mastodon address {@code user@host}, which
     * is the account's own key (as the Mastodon reader writes it) and so needs no adopting later.
     */
    public static String keyOf(String platform, String handle) {
        return MastodonReader.PLATFORM.equals(platform) && handle.indexOf('@') > 0
                ? handle.toLowerCase(java.util.Locale.ROOT) : handleKey(handle);
    }

    /** A bare reference: by platform id when the source gives one, else by handle; null when it gives neither. */
    public static Account reference(String platform, String id, String handle) {
        if (id != null) return new Account(platform, id, handle, null, null, null, null, null, null);
        return handle == null ? null : byHandle(platform, handle);
    }

    /** Whether both name the same account: the same id, or the same handle in any case. */
    public boolean sameAs(Account other) {
        return other != null && (id.equals(other.id) || (handle != null && handle.equalsIgnoreCase(other.handle)));
    }

    public static String handleKey(String handle) {
        return "@" + handle.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasProfile() {
        return seen != null;
    }
}
