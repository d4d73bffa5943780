package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Five wrong passwords in 15 minutes from one address lock a user name there until the oldest is 15 minutes old;
 * fifty from anywhere lock it everywhere; a right one clears that address's count.
 */
class SignInThrottleTest {

    private static final String HOME = "192.0.2.10", STRANGER = "198.51.100.7";

    private Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    });

    @Test
    void locksAfterFiveWrongPasswordsAndUnlocksAsTheyAge() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Nurse", STRANGER);
            now = now.plusSeconds(60);
        }
        assertThat(throttle.locked("nurse", STRANGER)).isFalse();
        throttle.failed("NURSE", STRANGER);
        assertThat(throttle.locked("nurse", STRANGER)).isTrue();
        assertThat(throttle.locked("doctor", STRANGER)).as("other names are not touched").isFalse();
        assertThat(throttle.locked("nurse", HOME)).as("a stranger's guesses do not lock the user out").isFalse();
        now = now.plus(Duration.ofMinutes(12)); // 12:16: the first failure, at 12:00, is more than 15 minutes old
        assertThat(throttle.locked("nurse", STRANGER)).isFalse();
    }

    @Test
    void aRightPasswordClearsTheCountFromThatAddress() {
        for (int i = 0; i < 4; i++) throttle.failed("gp", HOME);
        for (int i = 0; i < 4; i++) throttle.failed("gp", STRANGER);
        throttle.succeeded("gp", HOME);
        throttle.failed("gp", HOME);
        assertThat(throttle.locked("gp", HOME)).isFalse();
        throttle.failed("gp", STRANGER);
        assertThat(throttle.locked("gp", STRANGER)).as("the stranger's count is not cleared").isTrue();
    }

    @Test
    void guessingSpreadOverManyAddressesLocksTheNameEverywhere() {
        for (int i = 0; i < SignInThrottle.NAME_LIMIT - 1; i++) throttle.failed("matron", "203.0.113." + i);
        assertThat(throttle.locked("matron", HOME)).isFalse();
        throttle.failed("matron", "203.0.113.250");
        assertThat(throttle.locked("matron", HOME)).isTrue();
        now = now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.locked("matron", HOME)).isFalse();
    }

    @Test
    void anUnknownAddressCountsAsOne() {
        for (int i = 0; i < SignInThrottle.LIMIT; i++) throttle.failed("carer", i % 2 == 0 ? null : " ");
        assertThat(throttle.locked("carer", null)).isTrue();
        assertThat(throttle.locked("carer", HOME)).isFalse();
    }
}
