package org.convene.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing (at sign-in, over HTTP Basic, or as the current password when changing it):
 * <ul>
 *   <li>after {@link #LIMIT} wrong passwords for one user name from one address within {@link #WINDOW}, that
 *   name is refused from that address until the oldest of them is a window old, even with the right password;
 *   other addresses can still sign in as it, so a stranger's guesses do not lock the user out;</li>
 *   <li>after {@link #NAME_LIMIT} wrong passwords for one name from any addresses in a window (guessing spread
 *   over many machines), the name is refused from everywhere until they age.</li>
 * </ul>
 * A right password clears that address's count for the name. Kept in memory: a restart forgets it. Behind a
 * proxy, set {@code server.forward-headers-strategy=native} so that the address is the browser's.
 */
public class SignInThrottle {

    static final int LIMIT = 5;
    static final int NAME_LIMIT = 50;
    public static final int WINDOW_MINUTES = 15;
    static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);
    /** Above this many names and addresses kept, the aged ones are dropped: guesses at random names cost no memory. */
    private static final int SWEEP_AT = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether this user name is refused now from this address (null or blank: unknown). */
    public boolean locked(String username, String address) {
        return count(pair(username, address), LIMIT) >= LIMIT || count(name(username), NAME_LIMIT) >= NAME_LIMIT;
    }

    public void failed(String username, String address) {
        add(pair(username, address), LIMIT);
        if (add(name(username), NAME_LIMIT) == NAME_LIMIT - 1) { // said when the name is locked, not at every guess
            log.warn("{} wrong passwords for user '{}' within {} minutes from several addresses: it is refused from "
                    + "everywhere until they age", NAME_LIMIT, username, WINDOW.toMinutes());
        }
        if (failures.size() > SWEEP_AT) failures.keySet().removeIf(k -> count(k, NAME_LIMIT) == 0);
    }

    public void succeeded(String username, String address) {
        failures.remove(pair(username, address));
    }

    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event));
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event));
    }

    /** The address of the web request being served on this thread, or null outside one. */
    public static String requestAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }

    private static String address(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress() : requestAddress();
    }

    /** The failures under a key still in the window (the oldest aged out first). */
    private int count(String key, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return 0;
        synchronized (times) {
            Instant since = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) times.pollFirst();
            return times.size();
        }
    }

    /** Adds one failure now and returns how many were in the window before it; only the newest {@code limit} are kept. */
    private int add(String key, int limit) {
        int before = count(key, limit);
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > limit) times.pollFirst();
        }
        return before;
    }

    private static String name(String username) {
        return "name " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String pair(String username, String address) {
        return name(username) + " from " + (address == null || address.isBlank() ? "?" : address.strip());
    }
}
