package org.convene.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.roles.Role;

/**
 * A horizontal bar split by role, each part as wide as its share, coloured by {@link RoleColors}. The parts
 * carry their role and count in a tooltip, and the bar as a whole reads its mix aloud (role="img" with a label).
 * Styles: {@code role-mix.css}.
 */
public class RoleMixBar extends Div {

    /** @param mix role key to count, in the order the parts should appear */
    public RoleMixBar(Map<String, Long> mix) {
        addClassName("role-mix-bar");
        long total = mix.values().stream().mapToLong(Long::longValue).sum();
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", "Role mix: " + text(mix));
        if (total == 0) return;
        mix.forEach((role, n) -> {
            if (n <= 0) return;
            Div part = new Div();
            part.addClassName("role-mix-part");
            part.getElement().setAttribute("data-role", role);
            part.getElement().setAttribute("title", String.format(Locale.UK, "%s: %d (%.0f%%)", Role.word(role), n, 100.0 * n / total));
            part.getStyle().set("width", String.format(Locale.ROOT, "%.3f%%", 100.0 * n / total));
            part.getStyle().set("background", RoleColors.of(role));
            add(part);
        });
    }

    /** The mix as words: "12 media accounts, 5 organisations, 30 accounts of unknown role". */
    public static String text(Map<String, Long> mix) {
        return String.join(", ", mix.entrySet().stream().map(e -> Role.count(e.getValue(), e.getKey())).toList());
    }

    /** A legend of role colours, one swatch and name per role. */
    public static Div legend(List<String> roles) {
        Div legend = new Div();
        legend.addClassName("role-legend");
        legend.getElement().setAttribute("aria-label", "Role colours");
        for (String role : roles) {
            Span item = new Span(swatch(role), new Span(Role.word(role)));
            item.addClassName("role-legend-item");
            legend.add(item);
        }
        return legend;
    }

    /** A role's name after a swatch of its colour, inline in text. */
    public static Span chip(String role) {
        Span chip = new Span(swatch(role), new Span(Role.word(role)));
        chip.addClassName("role-chip");
        return chip;
    }

    private static Span swatch(String role) {
        Span swatch = new Span();
        swatch.addClassName("role-swatch");
        swatch.getStyle().set("background", RoleColors.of(role));
        return swatch;
    }
}
