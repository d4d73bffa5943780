package org.convene.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a site's rate-limit headers: {@code Retry-After} and the site's own remaining/reset pair
 * ({@code x-rate-limit-*} on Twitter, {@code X-RateLimit-*} on Mastodon, {@code ratelimit-*} on Bluesky).
 * A reset may be a Unix time (Twitter, Bluesky), an ISO-8601 time (Mastodon) or a number of seconds.
 */
record RateLimitHeaders(String remaining, String reset) {

    static final RateLimitHeaders TWITTER = new RateLimitHeaders("x-rate-limit-remaining", "x-rate-limit-reset");
    static final RateLimitHeaders MASTODON = new RateLimitHeaders("x-ratelimit-remaining", "x-ratelimit-reset");
    static final RateLimitHeaders BLUESKY = new RateLimitHeaders("ratelimit-remaining", "ratelimit-reset");

    /** Never wait less than this, so a reset that has just passed does not spin. */
    static final Duration MINIMUM = Duration.ofSeconds(1);
    /** When a 429 says nothing about how long, wait this long. */
    static final Duration UNSPECIFIED = Duration.ofSeconds(60);

    /** How long a 429 asks to wait: Retry-After, else until the reset, else a minute. */
    Duration retryAfter(Function<String, String> header, Clock clock) {
        Duration retry = parse(header.apply("retry-after"), clock);
        if (retry == null) retry = parse(header.apply(reset), clock);
        return atLeastMinimum(retry == null ? UNSPECIFIED : retry);
    }

    /** When a successful response says no requests are left, how long until they are; null otherwise. */
    Duration exhausted(Function<String, String> header, Clock clock) {
        String left = header.apply(remaining);
        if (left == null) return null;
        try {
            if (Long.parseLong(left.strip()) > 0) return null;
        } catch (NumberFormatException e) {
            return null;
        }
        Duration wait = parse(header.apply(reset), clock);
        return wait == null ? null : atLeastMinimum(wait);
    }

    private static Duration atLeastMinimum(Duration d) {
        return d.compareTo(MINIMUM) < 0 ? MINIMUM : d;
    }

    /** Seconds, a Unix time, an ISO-8601 time or an HTTP date, as a wait from now; null when absent or unreadable. */
    static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Instant now = clock.instant();
        try {
            double number = Double.parseDouble(v);
            // a number this large is a time (epoch seconds), not a delay: ten years of seconds is 3e8
            if (number > 1e9) return Duration.between(now, Instant.ofEpochMilli((long) (number * 1000)));
            return Duration.ofMillis((long) (number * 1000));
        } catch (NumberFormatException notANumber) {
            // a time instead
        }
        try {
            return Duration.between(now, OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException notIso) {
            // an HTTP date, then
        }
        try {
            return Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
