package org.convene.collect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterObjectFactory;
import twitter4j.v1.Query;
import twitter4j.v1.QueryResult;
import twitter4j.v1.RateLimitStatus;
import twitter4j.v1.Status;

/**
 * Twitter API v1.1 {@code search/tweets.json} through Twitter4J: {@code since_id} for the watermark,
 * {@code max_id} (the oldest id on the page, minus one) for older pages. Twitter4J keeps each status's
 * raw JSON, which goes to the v1.1 importer as the file importer would read it.
 */
final class TwitterV1Collector implements Collector {

    static final int LIMIT = 100;

    private final Twitter twitter;
    private final String base;
    private final String tag;
    private final Clock clock;

    /** With a bearer token (application-only) or the four OAuth 1.0a user-context keys. */
    TwitterV1Collector(String base, String tag, TwitterProperties keys, Clock clock) {
        this.base = base;
        this.tag = tag;
        this.clock = clock;
        Properties urls = new Properties();
        urls.setProperty("restBaseURL", base + "/1.1/"); // a test, proxy or mirror can stand in for api.twitter.com
        var builder = Twitter.newBuilder().load(urls)
                .jsonStoreEnabled(true).tweetModeExtended(true)
                .httpConnectionTimeout(10_000).httpReadTimeout(30_000).httpRetryCount(0);
        if (keys.hasUserContext()) {
            builder.oAuthConsumer(keys.consumerKey(), keys.consumerSecret())
                    .oAuthAccessToken(keys.accessToken(), keys.accessTokenSecret());
        } else {
            // Twitter4J only builds its OAuth2 authorisation when a consumer is set; a given bearer token is
            // then sent as it is and the consumer never is
            builder.oAuthConsumer(placeholder(keys.consumerKey()), placeholder(keys.consumerSecret()))
                    .applicationOnlyAuthEnabled(true)
                    .oAuth2Token("bearer", keys.bearerToken());
        }
        this.twitter = builder.build();
    }

    private static String placeholder(String s) {
        return s == null ? "-" : s;
    }

    @Override
    public String site() {
        return "Twitter";
    }

    @Override
    public Page fetch(String since, String cursor) throws RateLimited, CollectFailure {
        Query query = Query.of("#" + tag).count(LIMIT).resultType(Query.RECENT);
        if (since != null) query = query.sinceId(Long.parseLong(since));
        if (cursor != null) query = query.maxId(Long.parseLong(cursor));
        QueryResult result;
        try {
            result = twitter.v1().search().search(query);
        } catch (TwitterException e) {
            throw fail(e);
        }
        List<Status> statuses = result.getTweets();
        var body = new ByteArrayOutputStream();
        long newest = 0, oldest = Long.MAX_VALUE;
        for (Status s : statuses) {
            String json = TwitterObjectFactory.getRawJSON(s);
            if (json == null) continue;
            body.writeBytes(json.getBytes(StandardCharsets.UTF_8));
            body.write('\n');
            newest = Math.max(newest, s.getId());
            oldest = Math.min(oldest, s.getId());
        }
        String next = statuses.isEmpty() || !result.hasNext() ? null : Long.toString(oldest - 1);
        String name = "GET " + base + "/1.1/search/tweets.json?q=%23" + tag
                + (since == null ? "" : "&since_id=" + since) + (cursor == null ? "" : "&max_id=" + cursor);
        return new Page(name, "twitter-v1", body.toByteArray(), statuses.size(),
                newest == 0 ? null : Long.toString(newest), next, exhausted(result.getRateLimitStatus()));
    }

    private Duration exhausted(RateLimitStatus limit) {
        if (limit == null || limit.getRemaining() > 0) return null;
        Duration wait = Duration.between(clock.instant(), Instant.ofEpochSecond(limit.getResetTimeInSeconds()));
        return wait.compareTo(RateLimitHeaders.MINIMUM) < 0 ? RateLimitHeaders.MINIMUM : wait;
    }

    /**
     * A response header of a failed request. Twitter4J 4.1.2 looks names up case-sensitively and throws a
     * NullPointerException for an absent one, so try the spellings servers use.
     */
    static String header(TwitterException e, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String first = Character.toUpperCase(lower.charAt(0)) + lower.substring(1); // as Java's HttpServer sends it
        StringBuilder title = new StringBuilder();
        for (String part : lower.split("-")) {
            if (!title.isEmpty()) title.append('-');
            title.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        for (String spelling : new String[] {name, lower, title.toString(), first}) {
            try {
                String value = e.getResponseHeader(spelling);
                if (value != null) return value;
            } catch (RuntimeException absent) {
                // try the next spelling
            }
        }
        return null;
    }

    /** The exception to throw for Twitter4J's: rate limited, worth retrying, or not. */
    private CollectFailure fail(TwitterException e) throws RateLimited {
        int status = e.getStatusCode();
        if (status == 429 || e.exceededRateLimitation()) {
            throw new RateLimited("rate limited by Twitter",
                    RateLimitHeaders.TWITTER.retryAfter(name -> header(e, name), clock));
        }
        if (e.isCausedByNetworkIssue() || status >= 500 || status <= 0) {
            return new CollectFailure("Twitter did not answer: " + e.getMessage(), true, e);
        }
        String why = e.isErrorMessageAvailable() ? e.getErrorMessage() : e.getMessage();
        String hint = status == 401 || status == 403 ? " (check convene.twitter.* credentials and the app's access level)" : "";
        return new CollectFailure("Twitter answered HTTP " + status + ": " + why + hint, false, e);
    }
}
