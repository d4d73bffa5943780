package org.convene.ingest;

import java.time.Instant;

/**
 * An account as a source saw it at {@code seen}. Profile fields may be null when the source only
 * names the account (a mention, a retweeted author); the writer then keeps what it already has.
 */
public record Account(String platform, String id, String handle, String name, String bio, String location,
                      Long followers, String url, Instant seen) {

    /** An account known by handle alone, keyed '@' + lower-case handle (see cypher/schema.cypher). */
    public static Account byHandle(String platform, String handle) {
        return new Account(platform, handleKey(handle), handle, null, null, null, null, null, null);
    }

    public static String handleKey(String handle) {
        return "@" + handle.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasProfile() {
        return seen != null;
    }
}
