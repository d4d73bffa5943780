package org.convene.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The web sessions of signed-in users, so that removing a user, changing their role or resetting their
 * password signs them out at once instead of at their next sign-in. Only the running web server has any.
 */
public final class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of this user; their next request goes to the sign-in page. Returns how many. */
    public int end(String username) {
        return endOthers(username, null);
    }

    /** Ends every session of this user but the one with id {@code keep} (none kept when null). */
    public int endOthers(String username, String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!(principal instanceof UserDetails u) || !u.getUsername().equalsIgnoreCase(username)) continue;
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (session.getSessionId().equals(keep)) continue;
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }
}
