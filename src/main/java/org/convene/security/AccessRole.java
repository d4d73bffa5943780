package org.convene.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a user may do. Each role includes every role before it: an admin is also an analyst and a viewer. */
public enum AccessRole {
    /** Reads the views. */
    VIEWER,
    /** Also runs read-only Cypher, exports and corrects roles. */
    ANALYST,
    /** Also imports, collects, erases and manages users; may write with Cypher after a confirmation. */
    ADMIN;

    /** Spring Security authorities: this role and every role below it, as ROLE_VIEWER and so on. */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(r -> "ROLE_" + r.name()).toList();
    }

    /** The role named by {@code text} in any case ("admin", "ROLE_ADMIN"), or empty. */
    public static Optional<AccessRole> find(String text) {
        if (text == null) return Optional.empty();
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("ROLE_")) name = name.substring(5);
        for (AccessRole role : values()) {
            if (role.name().equals(name)) return Optional.of(role);
        }
        return Optional.empty();
    }

    /** The role named by {@code text}, or a message that lists the roles there are. */
    public static AccessRole parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "Unknown role '" + text + "': use viewer, analyst or admin"));
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
