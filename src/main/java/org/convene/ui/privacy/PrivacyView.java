package org.convene.ui.privacy;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.ui.Access;
import org.convene.ingest.AccountKey;
import org.convene.export.ExportService;
import org.convene.privacy.ErasureService;
import org.convene.privacy.RetentionSchedule;
import org.convene.privacy.RetentionService;
import org.convene.privacy.ErasureService.Match;
import org.convene.privacy.ErasureService.Preview;
import org.convene.ui.Background;
import org.convene.ui.components.Message;
import org.convene.ui.components.Confirm;

/**
 * Privacy for administrators: find an account (the search is a query parameter, so a link finds it again),
 * see what erasing it removes, erase it after a confirmation, and read the erasure log; below, retention
 * and the pseudonymised export. Bios are shown as text, never as HTML.
 */
@Route("privacy")
@PageTitle("Privacy · Convene")
@RolesAllowed("ADMIN")
public class PrivacyView extends VerticalLayout implements BeforeEnterObserver {

    /** What each count is, for one and for several ("1 mention of it", "3 mentions of it"). */
    private record KindLabel(String one, String many) {}

    private static final Map<String, KindLabel> KIND_LABELS = Map.ofEntries(
            Map.entry("posts", new KindLabel("post", "posts")),
            Map.entry("retweetsByOthers", new KindLabel("retweet of them", "retweets of them")),
            Map.entry("mentions", new KindLabel("mention of it", "mentions of it")),
            Map.entry("repliesByOthers", new KindLabel("reply to it (kept, unlinked)", "replies to it (kept, unlinked)")),
            Map.entry("quotesByOthers", new KindLabel("quote of it (kept, unlinked)", "quotes of it (kept, unlinked)")),
            Map.entry("interactions", new KindLabel("interaction", "interactions")),
            Map.entry("listed", new KindLabel("edge-list row", "edge-list rows")),
            Map.entry("roleLabels", new KindLabel("role label", "role labels")),
            Map.entry("corrections", new KindLabel("role correction", "role corrections")),
            Map.entry("invitations", new KindLabel("invitation", "invitations")),
            Map.entry("analysisLinks", new KindLabel("cluster or influence link", "cluster and influence links")),
            Map.entry(ErasureService.EMPTY_ACCOUNTS, new KindLabel("other account left with nothing",
                    "other accounts left with nothing")));

    static String label(String kind, long n) {
        KindLabel label = KIND_LABELS.get(kind);
        return label == null ? kind : n == 1 ? label.one() : label.many();
    }

    /** The plural, as the erasure log's "kind: count" lines say it. */
    static String many(String kind) {
        KindLabel label = KIND_LABELS.get(kind);
        return label == null ? kind : label.many();
    }

    private final ErasureService erasure;
    private final TextField search = new TextField("Handle or platform id");
    private final Button find = new Button("Find");
    private final Span searchStatus = new Span();
    private final Grid<Match> matches = new Grid<>();
    private final VerticalLayout preview = new VerticalLayout();
    private final Message message = new Message("privacy-message");
    private final Grid<ErasureService.Entry> log = new Grid<>();
    private final Span logEmpty = new Span("No account has been erased yet.");

    public PrivacyView(ErasureService erasure, RetentionService retention, RetentionSchedule schedule, ExportService export) {
        this.erasure = erasure;
        setMaxWidth("72rem");
        setPadding(true);
        addClassName("privacy-view");

        add(new H2("Privacy"), new Paragraph("Erase a person's account when they ask, see what was erased, keep posts "
                + "only as long as you need them, and share the network without names."));

        search.setPlaceholder("@handle or 123456");
        search.setHelperText("Accounts whose handle starts with this, or whose id is exactly this");
        search.setClearButtonVisible(true);
        search.setWidth("min(22rem, 100%)");
        search.addClassName("privacy-search");
        find.addClassName("privacy-find");
        find.addClickListener(e -> navigateTo(search.getValue()));
        find.addClickShortcut(Key.ENTER).listenOn(search);
        searchStatus.addClassName("query-status");
        searchStatus.getElement().setAttribute("role", "status");
        HorizontalLayout searchRow = new HorizontalLayout(search, find, searchStatus);
        searchRow.setWrap(true);
        searchRow.setWidthFull(); // a wrapping row sized to its content wraps too soon
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        // an account seen only by its id (a mention without a handle) is named by that id, not a blank cell
        matches.addColumn(m -> m.handle() == null ? "id " + m.id() : "@" + m.handle()).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(Match::name).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(Match::platform).setHeader("Platform").setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(Match::posts).setHeader("Posts").setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(Match::bio).setHeader("Bio").setFlexGrow(1).setTooltipGenerator(Match::bio);
        matches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        matches.addClassName("privacy-matches");
        matches.setAllRowsVisible(true);
        matches.setVisible(false);
        matches.asSingleSelect().addValueChangeListener(e -> showPreview(e.getValue()));

        preview.addClassName("erase-preview");
        preview.setPadding(false);
        preview.setVisible(false);

        log.addColumn(e -> e.at().replace('T', ' ').replaceFirst("(:\\d\\d)\\..*$", "$1").replace("Z", ""))
                .setHeader("When (UTC)").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(ErasureService.Entry::by).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(ErasureService.Entry::reason).setHeader("Reason").setFlexGrow(1);
        log.addThemeVariants(GridVariant.LUMO_COMPACT);
        log.addClassName("erasure-log");
        log.setAllRowsVisible(true);
        logEmpty.addClassName("empty-state");

        add(new H3("Erase an account"), searchRow, matches, preview, message,
                new H3("Erasure log"), new Paragraph("When, by whom and why; never whose account, nor how much (the counts would single it out)."), logEmpty, log,
                new RetentionPanel(retention, schedule.days()), new ExportPanel(export));
        refreshLog();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(q);
        runSearch(q);
    }

    private void navigateTo(String text) {
        String q = text == null ? "" : text.strip();
        UI.getCurrent().navigate(PrivacyView.class, q.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", q));
    }

    private void runSearch(String q) {
        preview.setVisible(false);
        if (q.isBlank()) {
            matches.setVisible(false);
            searchStatus.setText("Type a handle or an id and press Enter.");
            return;
        }
        List<Match> found = erasure.find(q);
        matches.setItems(found);
        matches.setVisible(!found.isEmpty());
        searchStatus.setText(found.isEmpty() ? "No account's handle starts with '" + q + "' and none has that id. "
                + "Check the spelling, or search by the platform id." : found.size() + (found.size() == 1 ? " account" : " accounts")
                + (found.size() == 25 ? " (the first 25; type more of the handle)" : "") + ": choose one to see what erasing it removes.");
        if (found.size() == 1) matches.select(found.getFirst());
    }

    private void showPreview(Match match) {
        preview.removeAll();
        message.clear();
        if (match == null) {
            preview.setVisible(false);
            return;
        }
        AccountKey key = new AccountKey(match.platform(), match.id());
        Preview p;
        try {
            p = erasure.preview(key);
        } catch (IllegalArgumentException gone) {
            message.problem(gone.getMessage());
            return;
        }
        String name = name(p);
        Div figures = new Div();
        figures.addClassName("figures");
        p.counts().forEach((kind, n) -> {
            Div figure = new Div(new Span(String.format(Locale.UK, "%,d", n)), new Span(label(kind, n)));
            figure.addClassName("figure");
            figure.getElement().setAttribute("data-kind", kind);
            figures.add(figure);
        });
        TextField reason = new TextField("Reason, for the log");
        reason.setPlaceholder("e.g. request by email, ref 2026-11-03");
        reason.setHelperText("Do not name the account: the log must not say whose it was");
        reason.setWidth("min(28rem, 100%)");
        reason.addClassName("erase-reason");
        Button erase = new Button("Erase " + name + "…");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.addClassName("erase-account");
        erase.addClickListener(e -> confirm(key, p, reason.getValue()));
        HorizontalLayout actions = new HorizontalLayout(reason, erase);
        actions.setWrap(true);
        actions.setWidthFull(); // a wrapping row sized to its content wraps too soon
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph what = new Paragraph("Erasing " + name + " (" + p.platform() + ") removes its posts and retweets of them, "
                + "its roles, corrections, invitations and analysis results, and every interaction with it. Replies and "
                + "quotes by others stay, without the link and with the handle blanked out. Other accounts this leaves "
                + "with nothing (whose only posts were retweets of it, or that only it named) go too.");
        preview.add(what, figures, actions);
        preview.setVisible(true);
    }

    private void confirm(AccountKey key, Preview p, String reason) {
        try { // a reason the log cannot keep is refused before "it cannot be undone", not after
            erasure.checkReason(key, reason);
        } catch (IllegalArgumentException refused) {
            message.problem(refused.getMessage());
            return;
        }
        message.clear();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("erase-confirm");
        dialog.setHeader("Erase " + name(p) + "?");
        dialog.setText("This removes " + summary(p.counts()) + ". It cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Erase");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> erase(key, p, reason));
        Confirm.openCancelFocused(dialog);
    }

    private void erase(AccountKey key, Preview p, String reason) {
        ProgressBar busy = new ProgressBar();
        busy.setIndeterminate(true);
        preview.add(busy);
        String by = Access.user();
        Background.run(UI.getCurrent(), () -> erasure.erase(key, by, reason), done -> {
            preview.setVisible(false);
            matches.setItems(List.<Match>of());
            matches.setVisible(false);
            searchStatus.setText("");
            message.done("Erased " + name(done) + ": " + summary(done.counts()) + ". The log below keeps when, by whom and "
                    + "why, not the account nor these counts, which could single it out: note them in your record of the request. "
                    + "Importing a file that holds it again brings it back: remove it from your sources too.");
            message.reveal(); // the preview above it is gone: the page would stay scrolled past the news
            refreshLog();
        }, failed -> {
            preview.remove(busy);
            message.problem(failed instanceof IllegalArgumentException ? failed.getMessage()
                    : "The account could not be erased: " + failed.getMessage() + ". Nothing was changed; try again.");
        });
    }


    private void refreshLog() {
        List<ErasureService.Entry> entries = erasure.log(100);
        log.setItems(entries);
        log.setVisible(!entries.isEmpty());
        logEmpty.setVisible(entries.isEmpty());
    }


    static String name(Preview p) {
        return p.handle() != null ? "@" + p.handle() : "id " + p.id();
    }

    static String summary(Map<String, Long> counts) {
        String s = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> String.format(Locale.UK, "%s: %,d", many(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "the account only" : s;
    }
}
