package org.convene.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people who sign in with OpenID Connect get a role. The claim may hold one value or a list
 * (e.g. groups); each value is looked up in {@code roleValues} (value to role), or read as a role name;
 * the highest role found wins, else {@code defaultRole}.
 *
 * @param roleClaim   the ID-token or user-info claim to read (default convene_role)
 * @param roleValues  claim values to roles, e.g. {@code convene.oidc.role-values.research-team=ANALYST}
 * @param defaultRole role of a user whose claim names none (default VIEWER)
 */
@ConfigurationProperties("convene.oidc")
public record OidcSettings(String roleClaim, Map<String, String> roleValues, String defaultRole) {

    public OidcSettings {
        if (roleClaim == null || roleClaim.isBlank()) roleClaim = "convene_role";
        if (roleValues == null) roleValues = Map.of();
        if (defaultRole == null || defaultRole.isBlank()) defaultRole = "VIEWER";
    }
}
