package org.convene.collect;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What to collect.
 *
 * @param endpoint the Mastodon instance, Bluesky service or Twitter API base URL; null for the site's default
 * @param api      Twitter only: {@code v2} (recent search, the default) or {@code v1} (v1.1 search)
 * @param max      stop after this many posts (0: no limit); the page that reaches it is written whole
 * @param once     fetch what is new and finish, instead of polling every {@code interval}
 * @param chats    hashtags to declare as followed chats, as with {@code import --chat}
 */
public record CollectRequest(Site site, String tag, String endpoint, String api, long max, boolean once,
                             Duration interval, List<String> chats) {

    public CollectRequest {
        if (site == null) throw new IllegalArgumentException("Which site: twitter, mastodon or bluesky?");
        tag = tag == null ? "" : tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        if (!tag.matches("[\\p{L}\\p{N}_]+")) throw new IllegalArgumentException("Not a hashtag: '" + tag + "'");
        endpoint = endpoint(endpoint == null || endpoint.isBlank() ? site.defaultEndpoint : endpoint);
        api = site != Site.TWITTER ? null : api == null ? "v2" : api.toLowerCase(Locale.ROOT).replace("1.1", "1");
        if (api != null && !api.equals("v1") && !api.equals("v2")) {
            throw new IllegalArgumentException("Twitter API must be v1 (v1.1 search) or v2 (recent search), not " + api);
        }
        if (max < 0) throw new IllegalArgumentException("--max must not be negative");
        interval = interval == null ? Duration.ofSeconds(60) : interval;
        if (!once && interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("--interval must be at least 1 second");
        }
        chats = chats == null ? List.of() : chats.stream()
                .map(c -> c.replaceFirst("^#", "").toLowerCase(Locale.ROOT)).toList();
    }

    /** Collect once, everything new, from the site's default endpoint. */
    public static CollectRequest once(Site site, String tag, String endpoint) {
        return new CollectRequest(site, tag, endpoint, null, 0, true, null, List.of());
    }

    /** The name its remembered state goes by: twitter-v2, twitter-v1, mastodon, bluesky. */
    public String source() {
        return api == null ? site.name().toLowerCase(Locale.ROOT) : "twitter-" + api;
    }

    /** An http(s) URL without trailing slash, lower-case host: one spelling per place. */
    private static String endpoint(String url) {
        String u = url.strip();
        if (!u.contains("://")) u = "https://" + u;
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) { // "Illegal character in authority at index 11" says nothing to a user
            throw new IllegalArgumentException("Not a web address: " + url + " (e.g. mastodon.social or https://mastodon.social)");
        }
        if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("Not an http(s) URL: " + url);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
    }
}
