package org.convene.ui.mynetwork;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.ValueFormat;
import org.convene.roles.Role;
import org.convene.suggest.EgoService;
import org.convene.suggest.Roles;
import org.convene.ui.ProfileAnchor;

/**
 * Beside the drawing: contacts by role as bars, the groups (clusters) they belong to, the roles lacking, the
 * strongest ties and the brokers.
 */
class EgoPanel extends VerticalLayout {

    EgoPanel() {
        addClassName("ego-panel");
        setPadding(false);
        setSpacing(false);
        setWidth("27rem");
        setMinWidth("20rem");
    }

    void show(EgoService.EgoView v, List<EgoService.Gap> gaps, String comparedWith) {
        removeAll();
        Span role = new Span(Role.word(v.role()));
        role.getElement().getThemeList().add("badge");
        Div head = new Div(new Span(v.name() + " "), role);
        head.addClassName("ego-head");
        add(head);
        var profile = ProfileAnchor.of(v.platform(), v.id(), v.handle());
        if (profile != null) add(profile);

        add(new H3("Contacts by role"));
        add(bars(v.firstByRole(), v.secondByRole()));
        add(note("The bars count all " + ValueFormat.count(v.firstHop(), "direct contact") + ", each under every role "
                + "it holds, so they can add up to more; the drawing's key counts the contacts drawn, by main role."));

        add(new H3("Groups it reaches"));
        add(groups(v));

        add(new H3("Roles it lacks"));
        if (gaps.isEmpty()) {
            add(note("Its direct contacts hold every role found among " + comparedWith + "."));
        } else {
            add(note("Roles found among " + comparedWith + " that none of its direct contacts holds:"));
            UnorderedList list = list("lacking");
            gaps.forEach(g -> list.add(new ListItem(String.format(Locale.UK, "%s: %s of %s (%,d)%s",
                    Role.word(g.role()), g.share() < 0.005 ? "under 1%" : String.format(Locale.UK, "%.0f%%", 100 * g.share()),
                    comparedWith, g.accounts(),
                    v.secondByRole().containsKey(g.role()) ? String.format(Locale.UK, "; %,d two steps away",
                            v.secondByRole().get(g.role())) : "; none two steps away"))));
            add(list);
        }
        // roles no one holds among those compared with either: not a gap of this account, but worth knowing
        List<String> nowhere = v.missingRoles().stream().filter(r -> gaps.stream().noneMatch(g -> g.role().equals(r))).toList();
        if (!nowhere.isEmpty() && v.firstHop() > 0) {
            add(note("Held by none of its contacts nor anyone among " + comparedWith + ": "
                    + String.join(", ", nowhere.stream().map(Role::word).toList()) + "."));
        }

        add(new H3("Strongest ties"));
        if (v.strongestTies().isEmpty()) add(note("No interactions yet."));
        UnorderedList ties = list("ties");
        v.strongestTies().forEach(t -> ties.add(new ListItem(handle(t.handle(), v.platform()),
                new Span(String.format(Locale.UK, " %s · to %s, from %s", Role.word(t.role()), weight(t.outWeight()),
                        weight(t.inWeight()))))));
        add(ties);

        add(new H3(v.target() == null ? "Brokers" : "Brokers to " + Role.word(v.target())));
        if (v.target() == null) {
            add(note("Pick a role under \"Brokers to\" to see which contacts could introduce " + v.name() + " to it."));
            return;
        }
        if (!v.directTargets().isEmpty()) {
            add(note(String.format(Locale.UK, "Already in direct contact with %d: %s", v.directTargets().size(),
                    ValueFormat.someOf(v.directTargets().stream().map(h -> "@" + h).toList(), 8))));
        }
        if (v.brokers().isEmpty()) {
            add(note("No direct contact reaches a " + Role.word(v.target()) + " that " + v.name()
                    + " is not already tied to."));
            return;
        }
        UnorderedList brokers = list("brokers");
        v.brokers().forEach(b -> brokers.add(new ListItem(handle(b.handle(), v.platform()), new Span(String.format(Locale.UK,
                " %s · reaches %d (%s): %s%s", Role.word(b.role()), b.reaches(), addressed(b),
                String.join(", ", b.examples().stream().map(h -> "@" + h).toList()),
                b.reaches() > b.examples().size() ? " and " + (b.reaches() - b.examples().size()) + " more" : "")))));
        add(brokers);
    }

    private static final int GROUPS_SHOWN = 6;

    /** Whether the broker knows them: it addressed them itself, or they only addressed it. */
    static String addressed(EgoService.Broker b) {
        if (b.addressed() == b.reaches()) return b.reaches() == 1 ? "it addressed them" : "it addressed each";
        if (b.addressed() == 0) return "they addressed it; it did not answer";
        return "it addressed " + b.addressed() + " of them";
    }

    /** The clusters its direct contacts belong to, each with a link to it on the Clusters page. */
    private static Component groups(EgoService.EgoView v) {
        if (v.groups().isEmpty()) {
            return note(v.firstHop() == 0 ? "No direct contacts." : "Run the analysis (Clusters page) to see which "
                    + "clusters its contacts belong to.");
        }
        UnorderedList list = list("groups");
        v.groups().stream().filter(g -> g.label() != null).limit(GROUPS_SHOWN).forEach(g -> list.add(new ListItem(
                new Anchor("clusters?cluster=" + g.id(), g.label()), new Span(String.format(Locale.UK, " · %s%s",
                        ValueFormat.count(g.contacts(), "contact"), g.own() ? " · its own cluster" : "")))));
        long named = v.groups().stream().filter(g -> g.label() != null).count();
        long small = v.groups().size() - named;
        Div box = new Div(list);
        String more = (named > GROUPS_SHOWN ? ValueFormat.count(named - GROUPS_SHOWN, "more cluster") : "")
                + (named > GROUPS_SHOWN && small > 0 ? " and " : "")
                + (small > 0 ? ValueFormat.count(small, "small group") + " of fewer than 3 accounts" : "");
        if (!more.isEmpty()) box.add(note("Also " + more + "."));
        return box;
    }

    /** Direct contacts (and two steps away) per role, as bars against the largest count. */
    private static Div bars(Map<String, Long> first, Map<String, Long> second) {
        Div chart = new Div();
        chart.addClassName("role-bars");
        chart.getElement().setAttribute("role", "list");
        long max = Math.max(1, first.values().stream().mapToLong(Long::longValue).max().orElse(1));
        first.forEach((role, n) -> {
            Div bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", Math.max(2, 100.0 * n / max) + "%");
            Span label = new Span(Role.word(role));
            label.addClassName("bar-label");
            Span value = new Span(String.format(Locale.UK, "%,d", n)
                    + (second.containsKey(role) ? String.format(Locale.UK, " (+%,d two steps)", second.get(role)) : ""));
            value.addClassName("bar-value");
            Div row = new Div(label, new Div(bar), value);
            row.addClassName("bar-row");
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("data-role", role);
            row.getElement().setAttribute("data-count", String.valueOf(n));
            chart.add(row);
        });
        if (first.isEmpty()) chart.add(note("No direct contacts."));
        return chart;
    }

    private static Anchor handle(String handle, String platform) {
        return new Anchor(MyNetworkView.link(handle, platform, null), "@" + handle);
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.format(Locale.UK, "%.1f", w);
    }

    private static UnorderedList list(String className) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        return list;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("note");
        return p;
    }
}
