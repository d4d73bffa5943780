package org.convene.ui.invite;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.roles.Role;
import org.convene.graph.AccountLookup;
import org.convene.suggest.InvitationService;
import org.convene.suggest.Roles;
import org.convene.suggest.Suggestion;
import org.convene.ui.Access;
import org.convene.ui.ProfileAnchor;
import org.convene.ui.mynetwork.MyNetworkView;

/**
 * The ranked suggestions as a table: the account (linking to its network), its reasons in words, the regulars
 * who could introduce, and the host's mark (invited, accepted, declined) with who made it and when. Compact
 * (a phone's width): two columns, the mark under the account and the introducers under the reasons.
 */
class SuggestionList extends Grid<Suggestion> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final int INTRODUCERS_SHOWN = 5;

    private final InvitationService invitations;
    private final Runnable marked;
    private String chat;
    private Map<String, Map<String, Object>> marks = Map.of();
    private boolean compact;
    private final List<Column<Suggestion>> wideOnly;

    SuggestionList(InvitationService invitations, Runnable marked) {
        this.invitations = invitations;
        this.marked = marked;
        addClassName("suggestions");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        var rank = addColumn(Suggestion::rank).setHeader("#").setWidth("3.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addComponentColumn(this::account).setHeader("Account").setWidth("14rem").setFlexGrow(0).setKey("account");
        var score = addColumn(s -> String.format(Locale.UK, "%.2f", s.score())).setHeader("Score").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setTooltipGenerator(SuggestionList::scoreParts);
        addComponentColumn(this::reasons).setHeader("Why").setFlexGrow(3);
        var introduce = addComponentColumn(SuggestionList::introducers).setHeader("Could introduce").setFlexGrow(1);
        var invitation = addComponentColumn(this::mark).setHeader("Invitation").setWidth("12rem").setFlexGrow(0);
        wideOnly = List.of(rank, score, introduce, invitation);
        setPartNameGenerator(s -> s.stopped() ? "stopped" : null);
    }

    /** Two columns for a narrow window, six for a wide one; the rows are drawn again. */
    void setCompact(boolean compact) {
        if (this.compact == compact) return;
        this.compact = compact;
        wideOnly.forEach(c -> c.setVisible(!compact));
        getColumnByKey("account").setWidth(compact ? "9.5rem" : "14rem");
        getElement().setAttribute("data-compact", Boolean.toString(compact));
        getDataProvider().refreshAll();
    }

    void show(String chat, List<Suggestion> suggestions, List<Map<String, Object>> invitationRows) {
        this.chat = chat;
        this.marks = byAccount(invitationRows);
        setItems(suggestions);
    }

    private Component account(Suggestion s) {
        String label = s.handle() == null ? s.id() : "@" + s.handle();
        Anchor handle = new Anchor(MyNetworkView.link(s.handle() == null ? s.id() : s.handle(), s.platform(), null), label);
        handle.addClassName("handle");
        handle.getElement().setAttribute("title", "Open " + label + "'s network");
        Div box = new Div(handle);
        if (s.name() != null && !s.name().isBlank()) box.add(line(s.name(), "name"));
        Span role = new Span(Role.word(s.role()));
        role.getElement().getThemeList().add("badge small" + (s.role().equals(Roles.UNKNOWN) ? " contrast" : ""));
        box.add(role);
        if (s.stopped()) {
            Span stopped = new Span("stopped");
            stopped.getElement().getThemeList().add("badge small error");
            box.add(stopped);
        }
        var profile = ProfileAnchor.of(s.platform(), s.id(), s.handle());
        if (profile != null) box.add(profile);
        box.addClassName("account-cell");
        if (compact) box.add(mark(s));
        return box;
    }

    /**
     * The bio first (as text, never HTML; three lines, all of it on hover), then the reasons but the last one
     * naming the introducers: they have a column of their own.
     */
    private Component reasons(Suggestion s) {
        Div cell = new Div();
        if (s.bio() != null && !s.bio().isBlank()) {
            Span bio = line(s.bio(), "bio");
            bio.getElement().setAttribute("title", s.bio());
            cell.add(bio);
        } else {
            Span none = line("No bio in the data.", "bio");
            none.addClassName("none");
            none.getElement().setAttribute("title", "Seen only in others' posts, or its bio is empty");
            cell.add(none);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("reasons");
        // the role alone repeats the badge; with other roles ("advocate (also organisation)") it says more
        s.reasons().stream().filter(r -> !r.endsWith("(who could introduce)") && !r.equals(Role.word(s.role())))
                .map(ListItem::new).forEach(list::add);
        cell.add(list);
        if (compact) cell.add(line("Could introduce:", "introduce-label"), introducers(s));
        return cell;
    }

    /** What the score is made of: each signal's score, highest first (the weights are in the README). */
    static String scoreParts(Suggestion s) {
        return "Weighted mean of the signals: " + String.join(", ", s.signals().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.UK, "%s %.2f", e.getKey().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT),
                        e.getValue())).toList());
    }

    private static Component introducers(Suggestion s) {
        Div box = new Div();
        box.addClassName("introducers");
        if (s.introducers().isEmpty()) {
            box.add(line("no regular in touch with it", "none"));
            return box;
        }
        s.introducers().stream().limit(INTRODUCERS_SHOWN).forEach(h -> {
            String handle = h.replaceFirst("^@", "");
            box.add(new Anchor(MyNetworkView.link(handle, s.platform(), null), "@" + handle));
        });
        if (s.introducers().size() > INTRODUCERS_SHOWN) {
            box.add(line("and " + (s.introducers().size() - INTRODUCERS_SHOWN) + " more", "more"));
        }
        return box;
    }

    private Component mark(Suggestion s) {
        Map<String, Object> row = marks.get(key(s));
        Select<String> status = new Select<>();
        status.setItems(InvitationService.STATUSES);
        // capitalised as "Not marked" is; the stored values stay the words of the CSV and Cypher
        status.setItemLabelGenerator(v -> v == null || v.isEmpty() ? "Not marked"
                : Character.toUpperCase(v.charAt(0)) + v.substring(1));
        status.setPlaceholder("Not marked");
        status.setEmptySelectionAllowed(true); // "Not marked" takes a mark back
        status.setEmptySelectionCaption("Not marked");
        status.setAriaLabel("Invitation of " + (s.handle() == null ? s.id() : "@" + s.handle()));
        status.addClassName("mark");
        status.setWidthFull();
        Span who = line(row == null ? "" : said(row), "marked-by");
        if (row != null) status.setValue(String.valueOf(row.get("status")));
        status.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            try {
                var ref = new AccountLookup.Ref(s.platform(), s.id(), s.handle());
                String name = s.handle() == null ? s.id() : "@" + s.handle();
                if (e.getValue() == null) {
                    invitations.unmark(chat, ref);
                    who.setText("");
                    Notification.show("Mark of " + name + " removed", 3000, Notification.Position.BOTTOM_START);
                    marked.run();
                    return;
                }
                var saved = invitations.mark(chat, ref, e.getValue(), Access.user(), Instant.now());
                who.setText(said(saved.status(), saved.by(), WHEN.format(saved.at())));
                Notification.show("Marked " + (s.handle() == null ? s.id() : "@" + s.handle()) + " as " + saved.status(),
                        3000, Notification.Position.BOTTOM_START);
                marked.run();
            } catch (RuntimeException problem) {
                status.setValue(e.getOldValue());
                Notification.show("The mark was not saved: " + problem.getMessage() + ". Try again.", 5000,
                        Notification.Position.MIDDLE);
            }
        });
        return new Div(status, who);
    }

    /** The host's marks of a chat ({@link InvitationService#list}) by account, to look up with {@link #key}. */
    static Map<String, Map<String, Object>> byAccount(List<Map<String, Object>> invitationRows) {
        Map<String, Map<String, Object>> byAccount = new HashMap<>();
        invitationRows.forEach(r -> byAccount.put(r.get("platform") + ":" + r.get("id"), r));
        return byAccount;
    }

    static String key(Suggestion s) {
        return s.platform() + ":" + s.id();
    }

    private static String said(Map<String, Object> row) {
        return said(String.valueOf(row.get("status")), (String) row.get("by"), when(row.get("at")));
    }

    private static String said(String status, String by, String when) {
        return status + (by == null || by.isBlank() ? "" : " by " + by) + ", " + when;
    }

    static String when(Object at) {
        if (at == null) return "";
        try {
            return WHEN.format(OffsetDateTime.parse(at.toString()));
        } catch (RuntimeException notIso) {
            return at.toString();
        }
    }


    private static Span line(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    /** Every invitation to the chat, declined ones included (those are no longer suggested). */
    static Component invitationTable(List<Map<String, Object>> rows) {
        Grid<Map<String, Object>> grid = new Grid<>();
        grid.addClassName("invitation-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> {
            Object handle = r.get("handle") == null ? r.get("id") : r.get("handle");
            return new Anchor(MyNetworkView.link(String.valueOf(handle), String.valueOf(r.get("platform")), null), "@" + handle);
        }).setHeader("Account");
        grid.addColumn(r -> String.valueOf(r.get("status"))).setHeader("Status");
        grid.addColumn(r -> r.get("by") == null ? "" : r.get("by").toString()).setHeader("By");
        grid.addColumn(r -> when(r.get("at"))).setHeader("When");
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 8);
        grid.setHeight(rows.size() <= 8 ? null : "16rem");
        return grid;
    }
}
