package org.convene.collect;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Twitter/X API v2 recent search (the last 7 days), {@code GET /2/tweets/search/recent}, with a bearer token.
 * Twitter4J 4.1 has no v2, so this is plain HTTP; pages carry {@code meta.newest_id} and
 * {@code meta.next_token}, and the expansions give the importer the users and referenced tweets it needs.
 */
final class TwitterV2Collector implements Collector {

    static final int LIMIT = 100;
    static final String FIELDS = "&expansions=author_id,in_reply_to_user_id,referenced_tweets.id,"
            + "referenced_tweets.id.author_id,entities.mentions.username"
            + "&tweet.fields=author_id,conversation_id,created_at,entities,in_reply_to_user_id,lang,referenced_tweets,text"
            + "&user.fields=description,location,name,public_metrics,url,username";
    

    private final String base;
    private final String tag;
    private final Map<String, String> headers;
    private final HttpGet http;

    TwitterV2Collector(String base, String tag, String bearerToken, Clock clock) {
        this.base = base;
        this.tag = tag;
        this.headers = Map.of("Authorization", "Bearer " + bearerToken);
        this.http = new HttpGet("Twitter", RateLimitHeaders.TWITTER, clock);
    }

    @Override
    public String site() {
        return "Twitter";
    }

    @Override
    public Page fetch(String since, String cursor) throws RateLimited, CollectFailure, InterruptedException {
        try {
            return page(since, cursor);
        } catch (CollectFailure f) {
            // recent search reaches back 7 days and refuses an older since_id with a 400 naming it: a collection
            // idle for longer takes the whole week instead
            if (since == null || !f.getMessage().contains("HTTP 400") || !f.getMessage().contains("since_id")) throw f;
            return page(null, cursor);
        }
    }

    private Page page(String since, String cursor) throws RateLimited, CollectFailure, InterruptedException {
        StringBuilder url = new StringBuilder(base).append("/2/tweets/search/recent?query=")
                .append(URLEncoder.encode("#" + tag, StandardCharsets.UTF_8))
                .append("&max_results=").append(LIMIT).append(FIELDS);
        if (since != null) url.append("&since_id=").append(URLEncoder.encode(since, StandardCharsets.UTF_8));
        if (cursor != null) url.append("&next_token=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        URI uri = URI.create(url.toString().replace(",", "%2C"));
        var response = http.get(uri, headers);
        int posts = -1;
        String newest = null, next = null;
        try {
            JsonNode page = Json.MAPPER.readTree(response.body());
            posts = page.path("data").size();
            newest = Json.text(page.path("meta").path("newest_id"));
            next = Json.text(page.path("meta").path("next_token"));
        } catch (JacksonException e) {
            // reported by the importer; without meta this poll ends here
        }
        return new Page("GET " + uri, "twitter-v2", response.body(), posts, newest, next, response.exhausted());
    }
}
