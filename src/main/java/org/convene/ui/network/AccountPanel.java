package org.convene.ui.network;

import org.convene.graph.AccountLookup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.convene.graph.ValueFormat;
import org.convene.network.AccountDetails;
import org.convene.roles.Role;
import org.convene.roles.RoleLabel;
import org.convene.roles.RoleService;
import org.convene.ui.Access;
import org.convene.ui.ProfileAnchor;

/**
 * The side panel of one account: profile (bio as text), roles with their evidence and, for analysts, a form
 * to correct them; scores; partners by role; newest posts; and "expand neighbours".
 */
final class AccountPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final RoleService roles;
    private final Runnable expand;
    /** Told the account's key and its primary role after a correction. */
    private final BiConsumer<String, String> rolesChanged;
    private final Runnable closed;
    /** The panel is drawn again after "Expand neighbours": the keyboard focus goes back to that button. */
    private boolean refocusExpand;

    /** @param closed called when the user closes the panel: the keyboard focus must go somewhere useful */
    AccountPanel(RoleService roles, Runnable expand, BiConsumer<String, String> rolesChanged, Runnable closed) {
        this.roles = roles;
        this.expand = expand;
        this.rolesChanged = rolesChanged;
        this.closed = closed;
        addClassName("account-panel");
        setWidth("340px");
        setHeightFull();
        getStyle().set("overflow", "auto").set("flex-shrink", "0");
        setPadding(true);
        setSpacing(false);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Selected account");
        setVisible(false);
    }

    void show(AccountDetails d, RoleService.Explanation explanation) {
        removeAll();
        Button close = new Button("Close", e -> {
            setVisible(false);
            closed.run();
        });
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        close.addClassName("close-panel");
        close.getElement().setAttribute("aria-label", "Close the account panel");
        H2 title = new H2(d.handle() == null ? d.key() : "@" + d.handle());
        title.addClassName("account-handle");
        add(close, title);
        if (d.name() != null) add(new Span(d.name()));
        var key = d.key().split(":", 2);
        var profile = key.length == 2 ? ProfileAnchor.of(key[0], key[1], d.handle()) : null;
        if (profile != null) add(profile);
        Paragraph bio = new Paragraph(d.bio() == null || d.bio().isBlank() ? "No bio." : d.bio()); // text, never HTML
        bio.addClassName("account-bio");
        add(bio);
        String facts = String.join(" · ", List.of(
                d.followers() == null ? "" : String.format(Locale.UK, "%,d followers", d.followers()),
                d.location() == null ? "" : d.location()).stream().filter(s -> !s.isBlank()).toList());
        if (!facts.isEmpty()) add(new Span(facts));

        Button expandButton = new Button("Expand neighbours", e -> {
            refocusExpand = true;
            expand.run();
        });
        expandButton.addClassName("expand-neighbours");
        expandButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(expandButton);
        if (refocusExpand) {
            refocusExpand = false;
            expandButton.focus();
        }

        add(new H3("Roles"));
        UnorderedList roleList = new UnorderedList();
        roleList.addClassName("account-roles");
        List<RoleLabel> stored = explanation == null ? List.of() : explanation.stored();
        String none = "role unknown: no rule matched the bio, name or handle";
        if (stored.isEmpty()) roleList.add(new ListItem(none));
        for (RoleLabel l : stored) {
            String evidence = l.evidence().isEmpty() ? "" : ": " + String.join(", ", l.evidence().stream()
                    .map(e -> "“" + e + "”").toList());
            boolean person = RoleLabel.PERSON.equals(l.source());
            String text = l.key().equals("unknown") && !person && l.evidence().isEmpty() ? none
                    : Role.word(l.key()) + (l.primary() ? " (primary)" : "") + (person ? ", corrected by a person"
                    : String.format(Locale.UK, ", confidence %.2f", l.confidence())) + evidence;
            ListItem item = new ListItem(text);
            item.getElement().setAttribute("data-role", l.key());
            roleList.add(item);
        }
        add(roleList);
        if (Access.has("ANALYST") && explanation != null) add(correction(d, stored));

        add(new H3("Scores"));
        UnorderedList scores = new UnorderedList(
                new ListItem("PageRank: " + number(d.pagerank(), "%.3f")),
                new ListItem("Betweenness: " + number(d.betweenness(), "%,.1f")),
                new ListItem("Brokerage: " + ValueFormat.count(d.brokerage() == null ? 0 : d.brokerage(), "pair", "pairs")
                        + " of partners of different roles linked only through it"));
        scores.addClassName("account-scores");
        add(scores);
        if (d.community() != null) {
            String label = d.cluster() == null ? "community " + d.community() : d.cluster();
            add(new Anchor("network?cluster=" + d.community(), "Cluster: " + label + " (show it)"));
        } else if (d.pagerank() == null) {
            add(new Paragraph("No scores yet: the analysis gives them (Import runs it afterwards unless told not to; before any analysis the Clusters page offers to run it; or convene analyze)."));
        }

        add(new H3("Neighbours by role"));
        UnorderedList neighbours = new UnorderedList();
        neighbours.addClassName("account-neighbours");
        if (d.neighbours().isEmpty()) neighbours.add(new ListItem("No interactions."));
        for (AccountDetails.Neighbours n : d.neighbours()) {
            neighbours.add(new ListItem(Role.word(n.role()) + " (" + n.count() + "): "
                    + String.join(", ", n.handles().stream().map(AccountLookup::name).toList())
                    + (n.count() > n.handles().size() ? ", …" : "")));
        }
        add(neighbours);

        add(new H3("Recent posts"));
        Div posts = new Div();
        posts.addClassName("account-posts");
        if (d.posts().isEmpty()) posts.add(new Paragraph("No posts of its own in the graph (only mentioned by others)."));
        for (AccountDetails.RecentPost p : d.posts()) {
            Paragraph post = new Paragraph(p.text()); // text, never HTML
            Span when = new Span(p.at() == null ? "" : WHEN.format(p.at()));
            when.addClassName("post-time");
            posts.add(new Div(when, post));
        }
        add(posts);
        setVisible(true);
    }

    private Div correction(AccountDetails d, List<RoleLabel> stored) {
        List<Role> choices = Arrays.stream(Role.values()).filter(r -> r != Role.UNKNOWN).toList();
        MultiSelectComboBox<Role> pick = new MultiSelectComboBox<>("Correct roles", choices);
        pick.setItemLabelGenerator(Role::title);
        pick.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL); // every chosen role shows, on more lines
        pick.addClassName("correct-roles");
        pick.setWidthFull();
        Select<Role> primary = new Select<>();
        primary.setLabel("Primary role");
        primary.setItemLabelGenerator(r -> r == null ? "" : r.title());
        primary.addClassName("primary-role");
        primary.setWidthFull();
        Set<Role> current = new java.util.LinkedHashSet<>(stored.stream().map(RoleLabel::role)
                .filter(r -> r != Role.UNKNOWN).toList());
        primary.setItems(current);
        pick.setValue(current);
        stored.stream().filter(RoleLabel::primary).map(RoleLabel::role).filter(current::contains).findFirst()
                .ifPresent(primary::setValue);
        pick.addValueChangeListener(e -> {
            Role was = primary.getValue();
            primary.setItems(e.getValue());
            if (was != null && e.getValue().contains(was)) primary.setValue(was);
            else if (!e.getValue().isEmpty()) primary.setValue(e.getValue().iterator().next());
        });
        Button save = new Button("Save roles", e -> {
            if (pick.getValue().isEmpty()) {
                Notification.show("Choose at least one role.");
                return;
            }
            int colon = d.key().indexOf(':');
            List<String> keys = pick.getValue().stream().map(Role::key).toList();
            Role main = primary.getValue() == null ? pick.getValue().iterator().next() : primary.getValue();
            roles.correct(d.key().substring(0, colon), d.key().substring(colon + 1), keys, main.key(), Access.user());
            Notification.show("Roles of @" + d.handle() + " saved: " + String.join(", ", keys)
                    + ". They stay when roles are labelled again.");
            rolesChanged.accept(d.key(), main.key());
        });
        save.addClassName("save-roles");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div box = new Div(pick, primary, save);
        box.addClassName("role-correction");
        return box;
    }

    private static String number(Double v, String format) {
        return v == null ? "–" : String.format(Locale.UK, format, v);
    }
}
