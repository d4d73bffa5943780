package org.convene.ui;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user, as views need it: whether they hold a role (each role includes those below it) and
 * the name to record on what they do. Read it on the UI thread: background threads carry no sign-in, and
 * there nobody holds any role.
 */
public final class Access {

    private Access() {}

    public static boolean has(String role) {
        Authentication auth = signedIn();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The user's name for "who did it" records: the user name, or an OpenID user's preferred name. */
    public static String user() {
        Authentication auth = signedIn();
        if (auth == null) return "unknown user";
        return auth.getPrincipal() instanceof OidcUser oidc ? oidc.getName() : auth.getName();
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth;
    }
}
