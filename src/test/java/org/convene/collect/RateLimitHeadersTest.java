package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ways sites say how long to wait. */
class RateLimitHeadersTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(RateLimitHeaders.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RateLimitHeaders.parse("Sun, 22 Nov 2026 12:01:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void resetAsUnixTimeOrIsoTime() {
        long epoch = Instant.parse("2026-11-22T12:15:00Z").getEpochSecond();
        assertThat(RateLimitHeaders.parse(Long.toString(epoch), NOW)).isEqualTo(Duration.ofMinutes(15));
        assertThat(RateLimitHeaders.parse("2026-11-22T12:05:00.000Z", NOW)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RateLimitHeaders.parse("soon", NOW)).isNull();
    }

    @Test
    void onlyAnExhaustedAllowanceMeansWaiting() {
        var mastodon = RateLimitHeaders.MASTODON;
        Map<String, String> left = Map.of("x-ratelimit-remaining", "3", "x-ratelimit-reset", "2026-11-22T12:05:00Z");
        Map<String, String> none = Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", "2026-11-22T12:05:00Z");
        assertThat(mastodon.exhausted(left::get, NOW)).isNull();
        assertThat(mastodon.exhausted(none::get, NOW)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a429WithoutHeadersWaitsAMinuteAndAPastResetAtLeastASecond() {
        assertThat(RateLimitHeaders.BLUESKY.retryAfter(name -> null, NOW)).isEqualTo(Duration.ofSeconds(60));
        long past = Instant.parse("2026-11-22T11:59:00Z").getEpochSecond();
        assertThat(RateLimitHeaders.BLUESKY.retryAfter(Map.of("ratelimit-reset", Long.toString(past))::get, NOW))
                .isEqualTo(Duration.ofSeconds(1));
    }
}
