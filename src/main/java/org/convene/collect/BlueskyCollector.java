package org.convene.collect;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky's {@code app.bsky.feed.searchPosts} for {@code #tag}, newest first ({@code sort=latest}), on the
 * public AppView by default. Bluesky has no since-id: the watermark is the newest {@code indexedAt} seen,
 * passed as {@code since}. That bound is inclusive, so the post at the watermark comes again; a page holding
 * nothing newer counts as empty and ends the poll.
 */
final class BlueskyCollector implements Collector {

    static final int LIMIT = 100; // the API's maximum
    

    private final String service;
    private final String tag;
    private final HttpGet http;

    BlueskyCollector(String service, String tag, Clock clock) {
        this.service = service;
        this.tag = tag;
        this.http = new HttpGet("Bluesky", RateLimitHeaders.BLUESKY, clock);
    }

    @Override
    public String site() {
        return "Bluesky";
    }

    @Override
    public Page fetch(String since, String cursor) throws RateLimited, CollectFailure, InterruptedException {
        StringBuilder url = new StringBuilder(service).append("/xrpc/app.bsky.feed.searchPosts?q=")
                .append(URLEncoder.encode("#" + tag, StandardCharsets.UTF_8))
                .append("&sort=latest&limit=").append(LIMIT);
        if (since != null) url.append("&since=").append(URLEncoder.encode(since, StandardCharsets.UTF_8));
        if (cursor != null) url.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        URI uri = URI.create(url.toString());
        var response = http.get(uri, Map.of());
        int posts = -1;
        String newest = null, next = null;
        try {
            JsonNode page = Json.MAPPER.readTree(response.body());
            posts = 0;
            for (JsonNode post : page.path("posts")) {
                String at = Json.text(post.path("indexedAt"));
                if (at == null) at = Json.text(post.path("record").path("createdAt"));
                newest = later(newest, at);
                // since is inclusive: the post at the watermark comes back every time, and is not news
                if (since == null || at == null || !later(since, at).equals(since)) posts++;
            }
            next = Json.text(page.path("cursor"));
        } catch (JacksonException e) {
            // the importer reports the broken page; without its cursor this poll ends here
        }
        return new Page("GET " + uri, "bluesky", response.body(), posts, newest, next, response.exhausted());
    }

    /** Times, not ids: the later instant, keeping the site's own text for the next request. */
    @Override
    public String later(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        try {
            return Instant.parse(a).isBefore(Instant.parse(b)) ? b : a;
        } catch (RuntimeException unreadable) {
            return a;
        }
    }
}
