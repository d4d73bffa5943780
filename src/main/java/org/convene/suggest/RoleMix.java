package org.convene.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role mix a host wants among a chat's regulars, as shares summing to 1. The default balances the
 * professional, leadership and lived-experience groups (a third each, split evenly inside a group);
 * comms, organisations, media and unknown accounts are not wanted for their role.
 */
public record RoleMix(Map<String, Double> wanted) {

    public static RoleMix balanced() {
        Map<String, Double> shares = new LinkedHashMap<>();
        Roles.GROUPS.values().forEach(roles -> roles.forEach(r -> shares.put(r, 1.0 / 3 / roles.size())));
        return new RoleMix(shares);
    }

    /** Whether this is the default mix, not roles a host picked. */
    public boolean isBalanced() {
        return wanted.equals(balanced().wanted());
    }

    /** Only these roles, equally. */
    public static RoleMix of(List<String> roles) {
        if (roles.isEmpty()) return balanced();
        Map<String, Double> shares = new LinkedHashMap<>();
        roles.forEach(r -> shares.put(r, 1.0 / roles.size()));
        return new RoleMix(shares);
    }

    /**
     * How much of the wanted share of {@code role} is missing, 0 (met or not wanted) to 1 (absent):
     * {@code max(0, want - have) / want}, where {@code have} is the role's share of the regulars whose role
     * is known. With no known roles at all every wanted role counts as absent.
     */
    public double gap(String role, Map<String, Long> regularsByRole) {
        double want = wanted.getOrDefault(role, 0.0);
        if (want <= 0) return 0;
        long known = regularsByRole.entrySet().stream().filter(e -> !e.getKey().equals(Roles.UNKNOWN))
                .mapToLong(Map.Entry::getValue).sum();
        double have = known == 0 ? 0 : regularsByRole.getOrDefault(role, 0L) / (double) known;
        return Math.max(0, want - have) / want;
    }
}
