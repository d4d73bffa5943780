package org.convene.ui;
/** Whether the signed-in user holds a role; true for everything while sign-in is switched off. */
public final class Access {
    private Access() {}
    public static boolean has(String role) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return true;
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
