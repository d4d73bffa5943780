package org.convene.collect;

import java.util.Locale;

/** Where posts come from, with the endpoint used when none is given. */
public enum Site {
    TWITTER("Twitter", "https://api.twitter.com"),
    MASTODON("Mastodon", "https://mastodon.social"),
    BLUESKY("Bluesky", "https://public.api.bsky.app");

    final String label;
    final String defaultEndpoint;

    Site(String label, String defaultEndpoint) {
        this.label = label;
        this.defaultEndpoint = defaultEndpoint;
    }

    public String label() {
        return label;
    }

    public static Site of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown site '" + name + "': twitter, mastodon or bluesky");
        }
    }
}
