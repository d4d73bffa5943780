package org.convene.ui.components;

import java.util.Map;

/**
 * One colour per stakeholder role, shared by every view that colours by role. Built from Paul Tol's muted and
 * Okabe–Ito's colour-blind-safe palettes; related roles get neighbouring hues, 'unknown' a pale grey. Colour is
 * never the only cue: views show the role's name beside it (legend, labels, tooltips).
 */
public final class RoleColors {

    private static final Map<String, String> COLORS = Map.ofEntries(
            Map.entry("nurse", "#117733"), Map.entry("doctor", "#332288"), Map.entry("ahp", "#44AA99"),
            Map.entry("researcher", "#999933"), Map.entry("executive", "#882255"),
            Map.entry("commissioner", "#AA4499"), Map.entry("manager", "#CC6677"), Map.entry("patient", "#E69F00"),
            Map.entry("carer", "#DDCC77"), Map.entry("advocate", "#D55E00"), Map.entry("organisation", "#0072B2"),
            Map.entry("media", "#88CCEE"), Map.entry("comms", "#56606B"), Map.entry("unknown", "#D4D4D4"));

    private RoleColors() {}

    /** The CSS colour of a role key; unknown keys get the 'unknown' grey. */
    public static String of(String role) {
        return COLORS.getOrDefault(role, COLORS.get("unknown"));
    }
}
