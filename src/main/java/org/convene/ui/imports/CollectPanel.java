package org.convene.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.convene.collect.CollectRequest;
import org.convene.collect.CollectService;
import org.convene.collect.CollectStatus;
import org.convene.collect.Site;
import org.convene.ui.Background;
import org.convene.ui.components.Message;

/**
 * Start and stop live collection of a hashtag from Mastodon, Bluesky or Twitter/X, and watch each run:
 * its phase (fetching, waiting out a rate limit, polling), posts and pages so far, and its last message.
 * Runs belong to the application, not the page: they go on when the page is closed and show again here.
 */
class CollectPanel extends VerticalLayout {

    /** A site and, for Twitter, which API: what the user picks. */
    enum Source {
        MASTODON("Mastodon (hashtag timeline of an instance)", Site.MASTODON, null),
        BLUESKY("Bluesky (post search)", Site.BLUESKY, null),
        TWITTER_V2("Twitter/X API v2 (recent search)", Site.TWITTER, "v2"),
        TWITTER_V1("Twitter/X API v1.1 (search, through Twitter4J)", Site.TWITTER, "v1");

        final String label;
        final Site site;
        final String api;

        Source(String label, Site site, String api) {
            this.label = label;
            this.site = site;
            this.api = api;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final CollectService collect;
    private final Select<Source> source = new Select<>();
    private final TextField tag = new TextField("Hashtag");
    private final TextField endpoint = new TextField("Server");
    private final Checkbox once = new Checkbox("Fetch what is new once, then stop");
    private final IntegerField interval = new IntegerField("Poll every (seconds)");
    private final IntegerField max = new IntegerField("Stop after (posts)");
    private final Checkbox follow = new Checkbox("Follow it as a chat (group its posts into sittings)", true);
    private final Button start = new Button("Start collecting");
    private final Message message = new Message("collect-message");
    private final Grid<CollectStatus> runs = new Grid<>();
    /** Where each collection got to, kept in the graph: what restarts and later runs go on from. */
    private final Grid<Map<String, Object>> remembered = new Grid<>();
    /** The latest line a collection logged (rate-limit waits, rejected records), by source, endpoint and tag. */
    private final Map<String, String> lastLine = new ConcurrentHashMap<>();
    private final AtomicBoolean following = new AtomicBoolean();
    private volatile boolean attached;

    CollectPanel(CollectService collect) {
        this.collect = collect;
        setPadding(false);
        addClassName("collect-panel");

        source.setLabel("Source");
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> s.label);
        source.setValue(Source.MASTODON);
        source.addValueChangeListener(e -> {
            endpoint.setPlaceholder(e.getValue().site.label() + " default");
            endpoint.setHelperText(e.getValue().site == org.convene.collect.Site.MASTODON
                    ? "A Mastodon instance, e.g. mastodon.social; empty for mastodon.social"
                    : "Another API address, for a proxy or a test server; empty for the site's own");
        });
        tag.setPlaceholder("e.g. wenurses");
        tag.setRequired(true);
        tag.addClassName("collect-tag");
        endpoint.setPlaceholder("e.g. mastodon.social");
        endpoint.setHelperText("A Mastodon instance, or another API address; empty for the site's own");
        endpoint.setClearButtonVisible(true);
        endpoint.addClassName("collect-endpoint");
        once.addClassName("collect-once");
        once.addValueChangeListener(e -> interval.setEnabled(!e.getValue()));
        interval.setValue(60);
        interval.setMin(1);
        interval.setStepButtonsVisible(true);
        max.setMin(0);
        max.setPlaceholder("empty: no limit");
        FormLayout form = new FormLayout(source, tag, endpoint, max, once, interval, follow);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-collect");
        start.addClickListener(e -> start());

        runs.addColumn(s -> "#" + s.tag()).setHeader("Tag").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(s -> s.source() + " · " + s.endpoint()).setHeader("From").setFlexGrow(2)
                .setTooltipGenerator(CollectStatus::endpoint);
        runs.addColumn(CollectStatus::phase).setHeader("Now").setWidth("7rem").setFlexGrow(0)
                .setPartNameGenerator(s -> "phase-" + s.phase());
        runs.addColumn(s -> String.format(Locale.UK, "%,d", s.posts())).setHeader("Posts").setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(s -> String.format(Locale.UK, "%,d / %,d", s.pages(), s.rejected())).setHeader("Pages / rejected")
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(s -> s.lastPageAt() == null ? "–" : TIME.format(s.lastPageAt())).setHeader("Last page")
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(s -> s.error() != null ? s.error() : lastLine.getOrDefault(key(s), "")).setHeader("Latest")
                .setFlexGrow(3).setTooltipGenerator(s -> s.error() != null ? s.error() : lastLine.getOrDefault(key(s), ""));
        runs.addComponentColumn(this::stopButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addClassName("collect-runs");
        runs.setAllRowsVisible(true);
        remembered.addColumn(m -> "#" + m.get("tag")).setHeader("Collected so far: tag").setAutoWidth(true).setFlexGrow(0);
        remembered.addColumn(m -> m.get("source") + " · " + m.get("endpoint")).setHeader("From").setFlexGrow(2);
        remembered.addColumn(m -> m.get("collected") instanceof Number n ? String.format(Locale.UK, "%,d", n.longValue()) : "")
                .setHeader("Posts").setAutoWidth(true).setFlexGrow(0);
        remembered.addColumn(m -> m.get("updatedAt") instanceof java.time.ZonedDateTime at
                        ? java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                .format(at.withZoneSameInstant(java.time.ZoneOffset.UTC)) : "")
                .setHeader("Last saved").setAutoWidth(true).setFlexGrow(0);
        remembered.addThemeVariants(GridVariant.LUMO_COMPACT);
        remembered.addClassName("collect-remembered");
        remembered.setAllRowsVisible(true);

        add(new H3("Live collection"), new Paragraph("Collect a chat's posts while it happens. A run remembers where "
                + "it got to, so starting it again later fetches only what is new; it waits out rate limits and says "
                + "for how long. Twitter/X needs a token in the configuration (see the README)."),
                form, start, message, runs, remembered);
        addDetachListener(e -> attached = false);
        addAttachListener(e -> {
            attached = true;
            refresh();
            if (collect.status().stream().anyMatch(CollectStatus::running)) follow(e.getUI());
        });
    }

    private Button stopButton(CollectStatus s) {
        Button stop = new Button("Stop", e -> {
            collect.stop(s.id());
            e.getSource().setEnabled(false);
            refresh();
        });
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        stop.addClassName("stop-collect");
        stop.getElement().setAttribute("aria-label", "Stop collecting #" + s.tag());
        stop.setVisible(s.running());
        return stop;
    }

    private void start() {
        message.clear();
        tag.setInvalid(false);
        endpoint.setInvalid(false);
        try {
            Source chosen = source.getValue();
            String hashtag = tag.getValue();
            CollectRequest request = new CollectRequest(chosen.site, hashtag, endpoint.getValue(), chosen.api,
                    max.getValue() == null ? 0 : max.getValue(), once.getValue(),
                    Duration.ofSeconds(interval.getValue() == null ? 60 : interval.getValue()),
                    follow.getValue() ? List.of(hashtag) : List.of());
            String key = request.source() + " " + request.endpoint() + " " + request.tag();
            lastLine.remove(key);
            collect.start(request, line -> lastLine.put(key, line));
            refresh();
            follow(UI.getCurrent());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            message.problem(refused.getMessage());
            // the field it is about is marked too, so the user sees where to type
            String why = refused.getMessage();
            if (why.startsWith("Not a hashtag")) mark(tag, why);
            if (why.startsWith("Not a web address") || why.startsWith("Not an http")) mark(endpoint, why);
        }
    }

    private static void mark(TextField field, String why) {
        field.setErrorMessage(why);
        field.setInvalid(true);
        field.focus();
    }

    private static String key(CollectStatus s) {
        return s.source() + " " + s.endpoint() + " " + s.tag();
    }

    /** Refreshes the grid every second while any run is going; the page polls meanwhile (see Background). */
    private void follow(UI ui) {
        if (!following.compareAndSet(false, true)) return;
        Background.run(ui, () -> {
            try {
                while (attached && collect.status().stream().anyMatch(CollectStatus::running)) {
                    Thread.sleep(1000);
                    Background.show(ui, this::refresh);
                }
                return null;
            } finally {
                following.set(false);
            }
        }, done -> refresh(), failed -> refresh());
    }

    private void refresh() {
        runs.setItems(collect.status().reversed());
        runs.setVisible(!collect.status().isEmpty());
        var states = collect.remembered();
        remembered.setItems(states);
        remembered.setVisible(!states.isEmpty());
    }
}
