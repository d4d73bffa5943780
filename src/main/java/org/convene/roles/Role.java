package org.convene.roles;

import java.util.Locale;

/** The stakeholder roles; {@link #key()} is what the graph stores (contract shared with other features). */
public enum Role {
    NURSE("nurse", "Nurse, midwife or health visitor"),
    DOCTOR("doctor", "Doctor"),
    AHP("ahp", "Allied health professional"),
    EXECUTIVE("executive", "Chief executive or board member"),
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

    /** A role key as a plural noun for sentences: "nurses", "media", "comms staff"; unknown keys get an "s". */
    public static String plural(String key) {
        return switch (key == null ? "" : key) {
            case "media" -> "media";
            case "comms" -> "comms staff";
            case "ahp" -> "AHPs";
            case "unknown" -> "accounts of unknown role";
            default -> key + "s";
        };
    }

    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (Role r : values()) b.append(b.isEmpty() ? "" : ", ").append(r.key);
        return b.toString();
    }
}
