package org.convene.roles;

import java.util.Locale;

/** The stakeholder roles; {@link #key()} is what the graph stores (contract shared with other features). */
public enum Role {
    NURSE("nurse", "Nurse, midwife or health visitor"),
    DOCTOR("doctor", "Doctor"),
    AHP("ahp", "Allied health professional"),
    EXECUTIVE("executive", "Chief executive, board member, founder or owner"),
    COMMISSIONER("commissioner", "Commissioner"),
    MANAGER("manager", "Manager"),
    COMMS("comms", "Communications or digital"),
    RESEARCHER("researcher", "Researcher or academic"),
    PATIENT("patient", "Patient"),
    CARER("carer", "Carer"),
    ADVOCATE("advocate", "Patient advocate or charity"),
    ORGANISATION("organisation", "Organisation"),
    MEDIA("media", "Journalist or media"),
    UNKNOWN("unknown", "Unknown");

    private final String key;
    private final String title;

    Role(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The role with this key (any case), or an IllegalArgumentException naming the valid keys. */
    public static Role of(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (Role r : values()) if (r.key.equals(k)) return r;
        throw new IllegalArgumentException("unknown role '" + key + "' (valid: " + keys() + ")");
    }

    /**
     * A role key as a short noun for badges, legends and sentences: "nurse", "AHP", "comms", "role unknown". Every
     * page names roles through these three methods, or by {@link #title()} in lists to pick from.
     */
    public static String word(String key) {
        return switch (key == null ? "" : key) {
            case "ahp" -> "AHP";
            case "unknown" -> "role unknown";
            default -> key;
        };
    }

    /** A role key as a plural noun for sentences: "nurses", "media accounts", "comms staff"; unknown keys get an "s". */
    public static String plural(String key) {
        return switch (key == null ? "" : key) {
            case "media" -> "media accounts";
            case "comms" -> "comms staff";
            case "ahp" -> "AHPs";
            case "unknown" -> "accounts of unknown role";
            default -> key + "s";
        };
    }

    /** "a nurse", "an organisation", "an AHP": one account of a role, in words. */
    public static String one(String key) {
        String noun = count(1, key).substring(2);
        return ("AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** "252 organisations", "1 AHP", "1 comms account": a count of accounts of a role, in words. */
    public static String count(long n, String key) {
        String one = switch (key == null ? "" : key) {
            case "media", "comms" -> key + " account";
            case "unknown" -> "account of unknown role";
            default -> word(key);
        };
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : plural(key));
    }

    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (Role r : values()) b.append(b.isEmpty() ? "" : ", ").append(r.key);
        return b.toString();
    }
}
