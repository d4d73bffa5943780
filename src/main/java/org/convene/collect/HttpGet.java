package org.convene.collect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * GET requests for the collectors that speak plain HTTP (Twitter v2, Mastodon, Bluesky): a 429 becomes
 * {@link RateLimited} with the wait the site asked for, a 5xx or network fault a transient
 * {@link CollectFailure}, any other error a permanent one with the site's own message.
 */
final class HttpGet {

    static final String USER_AGENT = "Convene/0.1 (hashtag chat research)";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final String site;
    private final RateLimitHeaders limits;
    private final Clock clock;

    HttpGet(String site, RateLimitHeaders limits, Clock clock) {
        this.site = site;
        this.limits = limits;
        this.clock = clock;
    }

    /** A successful response: its body, its headers, and how long to wait before the next request (or null). */
    record Response(URI uri, byte[] body, HttpResponse<byte[]> raw, Duration exhausted) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response get(URI uri, Map<String, String> headers) throws RateLimited, CollectFailure, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CollectFailure(site + " did not answer " + uri.getHost() + ": " + e, true, e);
        }
        int status = response.statusCode();
        var h = response.headers();
        if (status == 429) {
            throw new RateLimited("rate limited by " + site,
                    limits.retryAfter(name -> h.firstValue(name).orElse(null), clock));
        }
        if (status >= 500) {
            throw new CollectFailure(site + " answered HTTP " + status + " for " + uri.getPath(), true);
        }
        if (status != 200) {
            throw new CollectFailure(site + " answered HTTP " + status + " for " + uri + ": " + excerpt(response.body()),
                    false);
        }
        return new Response(uri, response.body(), response,
                limits.exhausted(name -> h.firstValue(name).orElse(null), clock));
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.isBlank() ? "(no body)" : text;
    }
}
