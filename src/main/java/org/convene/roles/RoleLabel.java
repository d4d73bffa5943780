package org.convene.roles;

import java.util.List;

/**
 * One role of one account and why: the phrases that matched (or who corrected it), a confidence in
 * [0, 1], whether it came from the rules or a person, and whether it is the account's primary role.
 */
public record RoleLabel(Role role, double confidence, List<String> evidence, String source, boolean primary) {

    public static final String RULE = "rule";
    public static final String PERSON = "person";

    public RoleLabel {
        evidence = List.copyOf(evidence);
    }

    public String key() {
        return role.key();
    }
}
