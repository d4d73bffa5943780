package org.convene.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Slows password guessing: after {@link #LIMIT} wrong passwords for one user name within {@link #WINDOW}
 * (at sign-in, over HTTP Basic, or as the current password when changing it), that name is refused until the
 * oldest of them is a window old, even with the right password. A right password before that clears the count.
 * Kept in memory: a restart forgets it.
 */
public class SignInThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether this user name is refused now. */
    public boolean locked(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) return false;
        synchronized (times) {
            Instant since = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) times.pollFirst();
            return times.size() >= LIMIT;
        }
    }

    public void failed(String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > LIMIT) times.pollFirst(); // only the newest LIMIT matter
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
