package org.convene.roles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's verdict on one account's roles: the roles with the primary first, who said so and why.
 * The account is named by platform and id ('@' + handle for accounts known by handle only).
 */
public record RoleCorrection(String platform, String id, String handle, List<Role> roles, String who, String note) {

    public RoleCorrection {
        if (platform == null || platform.isBlank()) throw new IllegalArgumentException("no platform");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("no account id or handle");
        if (roles.isEmpty()) throw new IllegalArgumentException("no roles");
        if (roles.contains(Role.UNKNOWN) && roles.size() > 1) {
            throw new IllegalArgumentException("'unknown' cannot be combined with other roles");
        }
        if (who == null || who.isBlank()) throw new IllegalArgumentException("no name for who made the correction");
        roles = List.copyOf(roles);
    }

    /**
     * Roles from text such as "nurse,carer" or "nurse; carer" with the primary moved first; the primary
     * defaults to the first role and is added when it is not listed.
     */
    public static List<Role> parseRoles(String roles, String primary) {
        if (roles == null || roles.isBlank()) throw new IllegalArgumentException("no roles given");
        Set<Role> set = new LinkedHashSet<>();
        for (String key : roles.split("[,;|\\s]+")) {
            if (!key.isBlank()) set.add(Role.of(key));
        }
        List<Role> result = new ArrayList<>(set);
        if (primary != null && !primary.isBlank()) {
            Role p = Role.of(primary);
            result.remove(p);
            result.addFirst(p);
        }
        return result;
    }

    public List<String> keys() {
        return roles.stream().map(Role::key).toList();
    }

    String handleLower() {
        if (handle != null && !handle.isBlank()) return handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return id.startsWith("@") ? id.substring(1).toLowerCase(Locale.ROOT) : null;
    }
}
