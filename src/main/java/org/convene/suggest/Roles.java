package org.convene.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stakeholder role keys the roles feature writes on accounts ({@code a.roles}, {@code a.primaryRole}),
 * the words users may type for them, and the three groups the default wanted mix balances.
 */
public final class Roles {

    public static final String UNKNOWN = "unknown";

    public static final List<String> KEYS = List.of("nurse", "doctor", "ahp", "executive", "commissioner",
            "manager", "comms", "researcher", "patient", "carer", "advocate", "organisation", "media", UNKNOWN);

    /** Professional, leadership and lived-experience roles: the default mix wants each group equally. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "professional", List.of("nurse", "doctor", "ahp", "researcher"),
            "leadership", List.of("executive", "commissioner", "manager"),
            "lived experience", List.of("patient", "carer", "advocate"));

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        alias("executive", "ceo", "chief-executive", "chief executive", "chief", "board", "director", "exec",
                "chair", "leader", "leadership");
        alias("doctor", "gp", "physician", "consultant", "surgeon", "clinician", "dr");
        alias("nurse", "nurses", "midwife", "rn");
        alias("ahp", "allied-health", "allied health", "physio", "physiotherapist", "pharmacist", "therapist");
        alias("commissioner", "commissioning", "ccg", "icb", "payer");
        alias("manager", "management", "lead");
        alias("comms", "communications", "communication", "pr", "marketing");
        alias("researcher", "research", "academic", "scientist");
        alias("patient", "patients", "service-user", "service user");
        alias("carer", "carers", "caregiver", "parent");
        alias("advocate", "campaigner", "activist", "charity");
        alias("organisation", "organization", "org", "company", "brand");
        alias("media", "journalist", "press", "news");
    }

    private Roles() {}

    private static void alias(String key, String... words) {
        for (String w : words) ALIASES.put(w, key);
    }

    /** The role key for a key or an alias, in any case; an unknown word is an error that lists the keys. */
    public static String parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (KEYS.contains(w)) return w;
        String key = ALIASES.get(w);
        if (key == null) key = ALIASES.get(w.replace('-', ' '));
        if (key == null) {
            throw new IllegalArgumentException("Unknown role '" + word + "'; use one of " + String.join(", ", KEYS)
                    + " (or ceo, gp, board, ...)");
        }
        return key;
    }

    public static List<String> parseAll(List<String> words) {
        return words.stream().flatMap(w -> java.util.Arrays.stream(w.split(","))).filter(w -> !w.isBlank())
                .map(Roles::parse).distinct().toList();
    }

    /** The group of a role, or null for roles no group wants by default (comms, organisation, media, unknown). */
    static String group(String role) {
        for (var e : GROUPS.entrySet()) if (e.getValue().contains(role)) return e.getKey();
        return null;
    }
}
