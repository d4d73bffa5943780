package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Five wrong passwords in 15 minutes lock a user name until the oldest is 15 minutes old; a right one clears them. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    });

    @Test
    void locksAfterFiveWrongPasswordsAndUnlocksAsTheyAge() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Nurse");
            now = now.plusSeconds(60);
        }
        assertThat(throttle.locked("nurse")).isFalse();
        throttle.failed("NURSE");
        assertThat(throttle.locked("nurse")).isTrue();
        assertThat(throttle.locked("doctor")).as("other names are not touched").isFalse();
        now = now.plus(Duration.ofMinutes(12)); // 12:16: the first failure, at 12:00, is more than 15 minutes old
        assertThat(throttle.locked("nurse")).isFalse();
    }

    @Test
    void aRightPasswordClearsTheCount() {
        for (int i = 0; i < 4; i++) throttle.failed("gp");
        throttle.succeeded("gp");
        throttle.failed("gp");
        assertThat(throttle.locked("gp")).isFalse();
    }
}
