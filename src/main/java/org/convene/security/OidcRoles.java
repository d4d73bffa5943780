package org.convene.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns an OpenID Connect user's claims into Convene's role authorities (see {@link OidcSettings}). */
final class OidcRoles {

    private final OidcSettings settings;
    private final Map<String, AccessRole> byValue = new java.util.HashMap<>();

    OidcRoles(OidcSettings settings) {
        this.settings = settings;
        settings.roleValues().forEach((value, role) -> byValue.put(value.toLowerCase(Locale.ROOT), AccessRole.parse(role)));
        AccessRole.parse(settings.defaultRole()); // a typo in the configuration stops the start, not a sign-in
    }

    AccessRole role(Map<String, Object> claims) {
        AccessRole best = null;
        for (String value : values(claims.get(settings.roleClaim()))) {
            AccessRole role = byValue.get(value.toLowerCase(Locale.ROOT));
            if (role == null) role = AccessRole.find(value).orElse(null);
            if (role != null && (best == null || role.compareTo(best) > 0)) best = role;
        }
        return best != null ? best : AccessRole.parse(settings.defaultRole());
    }

    /** The role's authorities plus the ones the provider gave (scopes, OIDC_USER), minus any ROLE_ it tried to set. */
    Set<GrantedAuthority> authorities(Collection<? extends GrantedAuthority> given, Map<String, Object> claims) {
        Set<GrantedAuthority> all = new HashSet<>();
        given.stream().filter(a -> !a.getAuthority().startsWith("ROLE_")).forEach(all::add);
        role(claims).authorities().forEach(a -> all.add(new SimpleGrantedAuthority(a)));
        return all;
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim != null) {
            for (String part : String.valueOf(claim).split("[,\\s]+")) if (!part.isBlank()) values.add(part);
        }
        return values;
    }
}
