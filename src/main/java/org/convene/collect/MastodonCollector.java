package org.convene.collect;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A Mastodon instance's public hashtag timeline, {@code GET /api/v1/timelines/tag/:tag}. Status ids are the
 * instance's own, so the watermark belongs to this instance. Paging follows the {@code Link} header:
 * {@code rel="next"} carries the {@code max_id} of the next older page (Mastodon sends it only when the page
 * was full) and {@code rel="prev"} the {@code min_id}, the newest id of this page.
 */
final class MastodonCollector implements Collector {

    static final int LIMIT = 40; // the API's maximum
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?");
    

    private final String instance;
    private final String tag;
    private final Map<String, String> headers = new HashMap<>();
    private final HttpGet http;

    MastodonCollector(String instance, String tag, String token, Clock clock) {
        this.instance = instance;
        this.tag = tag;
        if (token != null && !token.isBlank()) headers.put("Authorization", "Bearer " + token);
        this.http = new HttpGet("Mastodon", RateLimitHeaders.MASTODON, clock);
    }

    @Override
    public String site() {
        return "Mastodon";
    }

    @Override
    public Page fetch(String since, String cursor) throws RateLimited, CollectFailure, InterruptedException {
        StringBuilder url = new StringBuilder(instance).append("/api/v1/timelines/tag/")
                .append(URLEncoder.encode(tag, StandardCharsets.UTF_8)).append("?limit=").append(LIMIT);
        if (since != null) url.append("&since_id=").append(URLEncoder.encode(since, StandardCharsets.UTF_8));
        if (cursor != null) url.append("&max_id=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        URI uri = URI.create(url.toString());
        var response = http.get(uri, headers);
        Map<String, String> links = links(response.header("link"));
        String next = param(links.get("next"), "max_id");
        String newest = param(links.get("prev"), "min_id");
        int posts = -1;
        try { // the body is read again by the importer; here only to count, and to find ids if Link is missing
            JsonNode statuses = Json.MAPPER.readTree(response.body());
            posts = statuses.isArray() ? statuses.size() : 0;
            if (newest == null) for (JsonNode s : statuses) newest = later(newest, Json.text(s.path("id")));
        } catch (JacksonException e) {
            // a broken page: the importer reports where, and keeps the statuses before the fault
        }
        return new Page("GET " + uri, "mastodon", response.body(), posts, newest, next, response.exhausted());
    }

    static Map<String, String> links(String header) {
        Map<String, String> links = new HashMap<>();
        if (header == null) return links;
        Matcher m = LINK.matcher(header);
        while (m.find()) links.put(m.group(2), m.group(1));
        return links;
    }

    /** One query parameter of a URL, or null. */
    static String param(String url, String name) {
        if (url == null) return null;
        String query = URI.create(url).getRawQuery();
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
