package org.convene.roles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well the rules' labels agree with a person's, per role and over all roles: precision (of the labels the
 * rules gave, the share the person also gave) and recall (of the person's labels, the share the rules found).
 * {@code unknown} is the absence of a role, so it is left out of the overall figures. Add one account at a time.
 */
public final class RoleEvaluation {

    /** Labels both gave, labels only the rules gave, labels only the person gave. */
    public record Counts(int bothGave, int onlyRules, int onlyPerson) {

        /** NaN when the rules gave no label. */
        public double precision() {
            return (double) bothGave / (bothGave + onlyRules);
        }

        /** NaN when the person gave no label. */
        public double recall() {
            return (double) bothGave / (bothGave + onlyPerson);
        }
    }

    /** An account on which the rules and the person disagree. */
    public record Difference(String handle, String bio, Set<Role> person, List<RoleLabel> rules) {}

    private final Map<Role, int[]> counts = new EnumMap<>(Role.class);
    private final List<Difference> differences = new ArrayList<>();
    private int accounts;

    public void add(String handle, String bio, Set<Role> person, List<RoleLabel> rules) {
        accounts++;
        Set<Role> got = new LinkedHashSet<>();
        rules.forEach(l -> got.add(l.role()));
        for (Role r : Role.values()) {
            boolean g = got.contains(r), w = person.contains(r);
            if (g || w) counts.computeIfAbsent(r, k -> new int[3])[g && w ? 0 : g ? 1 : 2]++;
        }
        if (!got.equals(person)) {
            differences.add(new Difference(handle, bio, Collections.unmodifiableSet(new LinkedHashSet<>(person)), List.copyOf(rules)));
        }
    }

    public int accounts() {
        return accounts;
    }

    /** Roles either side gave, in the order of {@link Role}. */
    public Map<Role, Counts> perRole() {
        Map<Role, Counts> out = new EnumMap<>(Role.class);
        counts.forEach((r, c) -> out.put(r, new Counts(c[0], c[1], c[2])));
        return out;
    }

    /** Over all roles but unknown (micro average). */
    public Counts overall() {
        int[] sum = new int[3];
        counts.forEach((r, c) -> {
            if (r == Role.UNKNOWN) return;
            for (int i = 0; i < 3; i++) sum[i] += c[i];
        });
        return new Counts(sum[0], sum[1], sum[2]);
    }

    public List<Difference> differences() {
        return List.copyOf(differences);
    }
}
