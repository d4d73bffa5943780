package org.convene.ui.invite;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import org.convene.ui.components.ChatPicker;
import org.convene.ui.components.NarrowWindow;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.ValueFormat;
import org.convene.roles.Role;
import org.convene.suggest.InvitationService;
import org.convene.suggest.Roles;
import org.convene.suggest.SuggestService;
import org.convene.suggest.SuggestionCsv;
import org.convene.ui.Background;
import org.convene.ui.components.Message;

/**
 * Whom to invite to a chat: pick the chat, the roles wanted and a count; the ranked suggestions come with
 * their reasons and the regulars who could introduce, and each can be marked invited, accepted or declined.
 * The request lives in the URL ({@code /invite?chat=celiac&roles=doctor,nurse&count=20&hide=true}), so a link
 * opens the same list, computed on open.
 */
@Route("invite")
@PageTitle("Invite · Convene")
@RolesAllowed("VIEWER")
@StyleSheet("invite.css")
public class InviteView extends VerticalLayout implements BeforeEnterObserver {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 200;
    /** Below this window width (CSS pixels) the suggestions take two columns. */
    static final int COMPACT_BELOW = 760;

    private final SuggestService suggest;
    private final InvitationService invitations;
    private final ChatPicker chat;
    private final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>("Roles wanted");
    private final IntegerField count = new IntegerField("How many");
    private final Checkbox hideInvited = new Checkbox("Hide already invited");
    private final Button run = new Button("Suggest");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Message message = new Message("invite-message");
    private final Anchor download = new Anchor();
    private final Button copy = new Button("Copy handles");
    private final SuggestionList list;
    private final Details marked = new Details();
    private SuggestService.Result last;
    private Registration resize;

    public InviteView(SuggestService suggest, InvitationService invitations) {
        this.suggest = suggest;
        this.invitations = invitations;
        this.list = new SuggestionList(invitations, this::refreshMarked);
        setWidthFull();
        addClassName("invite-view");

        chat = new ChatPicker("Chat", suggest.chats());
        chat.setPlaceholder("e.g. celiac");
        chat.setHelperText("Followed chat or any hashtag");
        chat.setRequiredIndicatorVisible(true);

        roles.setItems(Roles.KEYS.stream().filter(r -> !r.equals(Roles.UNKNOWN)).toList());
        roles.setItemLabelGenerator(k -> Role.of(k).title());
        roles.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        roles.setPlaceholder("Any: a balanced mix");
        roles.setHelperText("Only accounts with one of these roles");
        roles.setWidth("18rem");

        count.setMin(1);
        count.setMax(MAX_COUNT);
        count.setValue(DEFAULT_COUNT);
        count.setStepButtonsVisible(true);
        count.setWidth("8rem");

        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClassName("run-suggest");
        run.addClickListener(e -> navigate());
        run.addClickShortcut(Key.ENTER).listenOn(count); // not on the role box, where Enter ticks a role

        // the list on show follows the box at once; before any list, the box waits for Suggest
        hideInvited.addValueChangeListener(e -> {
            if (e.isFromClient() && chat.getValue() != null && !chat.getValue().isBlank()) navigate();
        });
        HorizontalLayout form = new HorizontalLayout(chat, roles, count, hideInvited, run);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("12rem");
        progress.getElement().setAttribute("aria-label", "Finding suggestions");
        status.addClassName("invite-status");
        status.getElement().setAttribute("role", "status");

        download.setText("Download CSV");
        download.addClassName("download-csv");
        download.setHref(DownloadHandler.fromInputStream(e -> csv()), AttachmentType.DOWNLOAD);
        copy.addClassName("copy-handles");
        copy.setTooltipText("Copies the @handles, one per line");
        Clipboard.onCopy(copy, n -> Notification.show("Copied " + n + " handles to the clipboard", 3000,
                Notification.Position.BOTTOM_START), () -> Notification.show("The browser did not allow copying; "
                + "download the CSV instead", 5000, Notification.Position.BOTTOM_START));
        HorizontalLayout actions = new HorizontalLayout(status, progress, download, copy);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("invite-actions");
        showActions(false);

        marked.setSummaryText("Invitations so far");
        marked.addClassName("invitations");
        marked.setVisible(false);

        H2 title = new H2("Invite");
        Paragraph hint = new Paragraph("Accounts close to a chat's regulars who have not taken part (or stopped), "
                + "ranked by closeness, influence, the roles the chat lacks, bridging, shared hashtags and recent "
                + "activity. Mark whom you invite; the marks are kept in the graph.");
        hint.addClassName("hint");
        // the list at its full height and the page scrolls: a box inside the page showed one or two suggestions
        add(title, hint, form, actions, message, marked, list);
        list.setAllRowsVisible(true);
        list.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        String tag = first(q, "chat");
        try {
            roles.setValue(new LinkedHashSet<>(Roles.parseAll(q.getOrDefault("roles", List.of()))));
        } catch (IllegalArgumentException e) {
            roles.clear();
            message.problem(e.getMessage());
            return;
        }
        count.setValue(parseCount(first(q, "count")));
        hideInvited.setValue("true".equals(first(q, "hide")));
        if (tag == null || tag.isBlank()) {
            chat.clear();
            empty();
            return;
        }
        chat.setValue(SuggestService.tag(tag));
        compute(event.getUI());
    }

    static int parseCount(String text) {
        try {
            int n = text == null ? DEFAULT_COUNT : Integer.parseInt(text.strip());
            return Math.clamp(n, 1, MAX_COUNT);
        } catch (NumberFormatException e) {
            return DEFAULT_COUNT;
        }
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> values = q.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Puts the form into the URL; entering the view with it computes the list, so Back returns to the last one. */
    private void navigate() {
        if (chat.getValue() == null || chat.getValue().isBlank()) {
            message.problem("Pick a chat first: choose one from the list or type a hashtag.");
            chat.focus();
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("chat", SuggestService.tag(chat.getValue()));
        if (!roles.getValue().isEmpty()) params.put("roles", String.join(",", roles.getValue()));
        params.put("count", String.valueOf(count.getValue() == null ? DEFAULT_COUNT : parseCount(count.getValue().toString())));
        if (hideInvited.getValue()) params.put("hide", "true");
        getUI().ifPresent(ui -> {
            QueryParameters query = QueryParameters.simple(params);
            String now = ui.getInternals().getActiveViewLocation().getQueryParameters().getQueryString();
            if (now.equals(query.getQueryString())) compute(ui); // the same URL again: navigating would not recompute
            else ui.navigate("invite", query);
        });
    }

    private void compute(com.vaadin.flow.component.UI ui) {
        var request = new SuggestService.Request(chat.getValue(), List.copyOf(roles.getValue()),
                count.getValue() == null ? DEFAULT_COUNT : count.getValue(), hideInvited.getValue());
        run.setEnabled(false);
        progress.setVisible(true);
        status.setText("Finding suggestions for #" + SuggestService.tag(request.chat()) + "…");
        message.clear();
        long started = System.nanoTime();
        Background.run(ui, () -> {
            var result = suggest.suggest(request);
            return new Computed(result, invitations.list(result.chat()));
        }, c -> show(c, (System.nanoTime() - started) / 1_000_000), e -> {
            run.setEnabled(true);
            progress.setVisible(false);
            status.setText("");
            list.setVisible(false);
            showActions(false);
            message.problem(explain(e));
        });
    }

    private record Computed(SuggestService.Result result, List<Map<String, Object>> invitations) {}

    private void show(Computed c, long millis) {
        last = c.result();
        run.setEnabled(true);
        progress.setVisible(false);
        var r = c.result();
        int n = r.suggestions().size();
        status.setText(String.format(Locale.UK, "#%s: %s%s%s, %s scored; %s in %,d ms", r.chat(),
                ValueFormat.count(r.regulars(), "regular"), r.stopped() > 0 ? String.format(Locale.UK, " (and %,d who stopped)", r.stopped()) : "",
                r.outside() > 0 ? String.format(Locale.UK, "; %s used the hashtag only outside its sittings", ValueFormat.count(r.outside(), "account")) : "",
                ValueFormat.count(r.candidates(), "candidate"), ValueFormat.count(n, "suggestion"), millis));
        status.getElement().setAttribute("data-suggestions", String.valueOf(n));
        list.show(r.chat(), r.suggestions(), c.invitations());
        list.setVisible(n > 0);
        showActions(n > 0);
        copy.getElement().setProperty("handles", String.join("\n", r.suggestions().stream()
                .map(s -> s.handle() == null ? s.id() : "@" + s.handle()).toList()));
        showMarked(r.chat(), c.invitations());
        if (r.shortfall() != null) { // fewer than asked for: say why, with what the host could change
            message.info((n == 0 ? "No one to suggest for #" + r.chat() + ". " : "") + r.shortfall());
        }
    }

    private void refreshMarked() {
        if (last != null) showMarked(last.chat(), invitations.list(last.chat()));
    }

    private void showMarked(String tag, List<Map<String, Object>> rows) {
        marked.setSummaryText("Invitations to #" + tag + " so far (" + rows.size() + ")");
        marked.removeAll();
        marked.add(SuggestionList.invitationTable(rows));
        marked.setVisible(!rows.isEmpty());
    }

    private void showActions(boolean visible) {
        download.setVisible(visible);
        copy.setVisible(visible);
    }

    private void empty() {
        last = null;
        list.setVisible(false);
        showActions(false);
        marked.setVisible(false);
        status.setText("");
        message.info(chat.getListDataView().getItemCount() == 0
                ? "No chats are followed yet. Import a chat's posts on the Import page (give its tag), then come back."
                : "Pick a chat, the roles you want (or leave them for a balanced mix) and how many, then press Suggest.");
    }



    /** What went wrong in words, never a stack trace. */
    static String explain(Throwable e) {
        if (e instanceof IllegalArgumentException) {
            String m = e.getMessage();
            return m != null && m.startsWith("No posts tagged")
                    ? m + ". Pick a chat from the list, or import its posts on the Import page." : m;
        }
        return "The suggestions could not be computed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()) + ". Is the database running? Try again; the server log has the details.";
    }

    private DownloadResponse csv() {
        if (last == null) return DownloadResponse.error(404, "Compute suggestions first");
        StringWriter out = new StringWriter();
        // the marks as they are now, not as they were when the list was computed
        var marks = SuggestionList.byAccount(invitations.list(last.chat()));
        SuggestionCsv.write(last.suggestions().stream().map(s -> {
            Map<String, Object> mark = marks.get(SuggestionList.key(s));
            return s.withInvitation(mark == null ? null : String.valueOf(mark.get("status")));
        }).toList(), out);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "invite-" + last.chat() + ".csv", "text/csv",
                bytes.length);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        resize = NarrowWindow.follow(event.getUI(), COMPACT_BELOW, list::setCompact);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) resize.remove();
    }
}
