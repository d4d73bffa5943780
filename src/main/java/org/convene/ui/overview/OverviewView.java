package org.convene.ui.overview;

import org.convene.graph.AccountLookup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.GdsStatus;
import org.convene.graph.ValueFormat;
import org.convene.network.NetworkService;
import org.convene.overview.OverviewService;
import org.convene.overview.OverviewService.ChatSessionCount;
import org.convene.overview.OverviewService.SessionActivity;
import org.convene.roles.Role;
import org.convene.ui.Background;
import org.convene.ui.components.Chart;
import org.convene.ui.components.RoleColors;
import org.convene.ui.components.NetworkGraph;

/**
 * The first screen: what the graph holds (figures, role mix, activity per chat sitting, top influencers)
 * and the network itself; on an empty graph, what to do first. The chat shown is in {@code ?chat=}.
 */
@Route("")
@PageTitle("Overview · Convene")
@RolesAllowed("VIEWER")
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SITTING = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
    private static final DateTimeFormatter SITTING_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final int INFLUENCERS = 10;

    private final OverviewService overview;
    private final Select<String> chat = new Select<>();
    private final Chart activity = new Chart(Chart.Type.STACKED_BAR,
            "Accounts posting in each sitting of the chat: newcomers and returners");
    private final Paragraph activityNote = new Paragraph();
    private List<ChatSessionCount> chats = List.of();

    public OverviewView(OverviewService overview, GdsStatus gds, org.convene.privacy.DemoRemoval demo) {
        this.overview = overview;
        setWidthFull();
        setPadding(true);
        addClassName("overview");
        NetworkService.Counts counts = overview.counts();

        H1 title = new H1("Overview");
        title.addClassName("view-title");
        Span subtitle = new Span(counts.chatTags().isEmpty() ? "No chats followed yet"
                : "Chats: " + String.join(", ", counts.chatTags().stream().map(t -> "#" + t).toList()));
        subtitle.addClassName("subtitle");
        HorizontalLayout header = new HorizontalLayout(title, subtitle);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout figures = new HorizontalLayout(
                figure("accounts", counts.accounts()), figure("posts", counts.posts()),
                figure("chats", counts.chats()), figure("interactions", counts.interactions()),
                period(counts));
        figures.addClassName("figures");
        figures.setWrap(true);
        add(header, figures);

        var knownMissing = gds.ifKnown().filter(state -> !state.available());
        if (knownMissing.isPresent()) {
            Paragraph warning = new Paragraph(knownMissing.get().message());
            warning.addClassName("notice");
            add(warning);
        }
        if (counts.accounts() == 0) {
            add(emptyState());
            return;
        }
        if (demo.present()) add(demoNotice());
        HorizontalLayout cards = new HorizontalLayout(roleMix(), activityCard(), influencers());
        cards.addClassName("cards");
        cards.setWidthFull();
        cards.setWrap(true);
        add(cards, networkCard());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (chats.isEmpty()) return;
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("chat").orElse(null);
        String tag = chats.stream().map(ChatSessionCount::tag).filter(t -> t.equals(wanted)).findFirst()
                .orElse(chats.getFirst().tag());
        if (!tag.equals(chat.getValue())) chat.setValue(tag);
        showActivity(tag);
    }

    private Component roleMix() {
        var mix = overview.roleMix();
        Chart chart = new Chart(Chart.Type.HORIZONTAL_BAR, "Accounts by primary stakeholder role");
        chart.addClassName("role-mix-chart");
        chart.setHeight(Math.max(160, 24 * mix.size() + 40) + "px");
        // each role in its colour on every page (the names beside the bars say it too); unknown a grey that shows on white
        List<String> colors = mix.stream().map(r -> r.role().equals("unknown") || r.role().equals("unlabelled")
                ? "#9aa3ad" : RoleColors.of(r.role())).toList();
        chart.show(mix.stream().map(r -> r.role().equals("unlabelled") ? "not labelled yet" : Role.word(r.role())).toList(),
                List.of(new Chart.Series("accounts", mix.stream().map(OverviewService.RoleCount::accounts).toList(), colors)));
        Div card = card("Role mix", chart);
        if (mix.size() == 1 && mix.getFirst().role().equals("unlabelled")) {
            card.add(hint("Roles are not labelled yet: the analysis labels them (Run the analysis on the Clusters "
                    + "page, or Analyse afterwards when you import)."));
        }
        return card;
    }

    private Component activityCard() {
        chats = overview.chats();
        Div card = card("Activity per sitting");
        card.addClassName("activity-card");
        if (chats.isEmpty()) {
            card.add(hint("No chat sittings yet. Follow a chat when you import (the 'Chats' box on the Import "
                    + "page), and its posts are grouped into sittings."));
            return card;
        }
        chat.setLabel("Chat");
        chat.setItems(chats.stream().map(ChatSessionCount::tag).toList());
        chat.setItemLabelGenerator(t -> "#" + t);
        chat.setValue(chats.getFirst().tag());
        chat.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("", QueryParameters.of("chat", e.getValue()));
            }
        });
        chat.setVisible(chats.size() > 1);
        activity.addClassName("activity-chart");
        activity.setHeight("220px");
        activityNote.addClassName("hint");
        card.add(chat, activity, activityNote);
        return card;
    }

    private void showActivity(String tag) {
        List<SessionActivity> all = overview.sessionActivity(tag);
        int strays = OverviewService.strayStart(all);
        int late = OverviewService.strayEnd(all); // never meets strayStart: both stop at a sitting of ten or more
        List<SessionActivity> sittings = all.subList(strays, all.size() - late);
        activity.show(sittingLabels(sittings), List.of(
                new Chart.Series("newcomers", sittings.stream().map(SessionActivity::newcomers).toList()),
                new Chart.Series("returners", sittings.stream().map(SessionActivity::returners).toList())));
        activity.getElement().setAttribute("data-chat", tag);
        activity.getElement().setAttribute("data-left-out", Integer.toString(strays + late));
        long participants = sittings.stream().mapToLong(SessionActivity::participants).max().orElse(0);
        List<String> parts = new ArrayList<>();
        if (strays > 0) parts.add(ValueFormat.count(strays, "earlier sitting") + " from " + DAY.format(all.getFirst().start()));
        if (late > 0) parts.add(ValueFormat.count(late, "later sitting") + " up to " + DAY.format(all.getLast().start()));
        String left = parts.isEmpty() ? "" : " Not shown: " + String.join(" and ", parts) + ", each of one or two accounts.";
        activityNote.setText(String.format(Locale.UK, "#%s: %s; the busiest had %s posting. Bar height = participants.%s",
                tag, ValueFormat.count(all.size(), "sitting"), ValueFormat.count(participants, "account"), left));
    }

    /** A sitting's day, with its time when another sitting was on the same day. */
    static List<String> sittingLabels(List<SessionActivity> sittings) {
        Map<String, Long> perDay = sittings.stream().collect(java.util.stream.Collectors.groupingBy(
                s -> SITTING.format(s.start()), java.util.stream.Collectors.counting()));
        return sittings.stream().map(s -> {
            String day = SITTING.format(s.start());
            return perDay.get(day) > 1 ? day + " " + SITTING_TIME.format(s.start()) : day;
        }).toList();
    }

    private Component influencers() {
        var top = overview.topInfluencers(INFLUENCERS);
        Div card = card("Top influencers");
        card.addClassName("influencers");
        if (top.isEmpty()) {
            card.add(hint("No influence scores yet: the analysis ranks accounts by PageRank (Run the analysis on "
                    + "the Clusters page)."));
            return card;
        }
        OrderedList list = new OrderedList();
        list.addClassName("influencer-list");
        boolean egoView = RouteConfiguration.forApplicationScope().getRoute("my-network").isPresent();
        for (var i : top) list.add(influencer(i, egoView));
        card.add(list, hint("Ranked by weighted PageRank from the last analysis."));
        return card;
    }

    /** One ranked account: its handle (a link to its network), or its key (twitter:88) when the data gave none; score; role. */
    static ListItem influencer(OverviewService.Influencer i, boolean egoView) {
        String handle = i.handle();
        Component name = handle == null ? new Span(AccountLookup.name(i.platform(), i.id(), null)) // e.g. from an edge list
                : egoView ? new Anchor("my-network?handle=" + URLEncoder.encode(handle, StandardCharsets.UTF_8), "@" + handle)
                : new Span("@" + handle);
        Span role = new Span(Role.word(i.role()));
        role.getElement().getThemeList().add("badge small");
        Span score = new Span(String.format(Locale.UK, "%.2f", i.pagerank()));
        score.addClassName("score");
        score.getElement().setAttribute("title", "PageRank");
        ListItem item = new ListItem(name, score, role); // the score next to its handle, however long the badge
        if (handle != null) item.getElement().setAttribute("data-handle", handle);
        if (i.id() != null) item.getElement().setAttribute("data-id", i.id());
        return item;
    }

    private Component networkCard() {
        Div card = card("Network");
        card.addClassName("network-card");
        NetworkGraph graph = new NetworkGraph();
        graph.setWidthFull();
        graph.addClassName("network");
        Span loading = new Span("Loading the network…");
        loading.addClassName("hint");
        card.add(loading, graph);
        if (RouteConfiguration.forApplicationScope().getRoute("network").isPresent()) {
            card.add(new Anchor("network", "Open the network view to filter, find and explore"));
        }
        addAttachListener(attach -> {
            attach.unregisterListener();
            Background.run(attach.getUI(), overview::network, n -> {
                loading.setVisible(false);
                graph.show(n, NetworkService.NONE);
            }, e -> loading.setText("The network could not be loaded (" + e.getMessage() + "). Reload the page to try again."));
        });
        return card;
    }

    /** The first start's demo is not the user's data: say so, and where to take it out. */
    private static Component demoNotice() {
        boolean importView = RouteConfiguration.forApplicationScope().getRoute("import").isPresent();
        Paragraph notice = new Paragraph("This includes the demo: the #cancerchat and #celiac collections of 2014. ");
        notice.addClassNames("notice", "demo-notice");
        if (importView) {
            notice.add(new Anchor("import", "Import your own chats"), new Span(", then remove the demo on the same page."));
        } else {
            notice.add(new Span("An administrator can remove it once your own chats are in."));
        }
        return notice;
    }

    private static Component emptyState() {
        Div box = card("Nothing here yet: start by bringing in a chat");
        box.addClassName("empty-state");
        boolean importView = RouteConfiguration.forApplicationScope().getRoute("import").isPresent();
        OrderedList steps = new OrderedList(
                new ListItem(importView ? new Anchor("import", "Import chat archives") : new Span("Import chat archives"),
                        new Span(": tweets (v1 or v2 JSON), a Twitter archive, TAGS or Topsy CSV, Mastodon, Bluesky, "
                                + "NodeXL, edge lists or your own CSV. Name the chats you follow (e.g. wenurses).")),
                new ListItem(new Span("Or collect a hashtag live from Mastodon, Bluesky or Twitter/X.")),
                new ListItem(new Span("Then label roles and analyse: clusters, influence and bridges appear here.")));
        Pre commands = new Pre("""
                convene import --chat wenurses tweets.jsonl.gz
                convene collect mastodon --tag wenurses --chat wenurses --once
                convene analyze""");
        commands.addClassName("commands");
        box.add(steps, new Paragraph("The same from the command line:"), commands);
        return box;
    }

    private static Div card(String heading, Component... content) {
        Div card = new Div(new H2(heading));
        card.addClassName("card");
        card.add(content);
        return card;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    private static Div figure(String label, long value) {
        Div box = new Div(new Span(String.format(Locale.UK, "%,d", value)), new Span(label));
        box.addClassName("figure");
        box.getElement().setAttribute("data-figure", label);
        box.getElement().setAttribute("data-value", Long.toString(value));
        return box;
    }

    private static Div period(NetworkService.Counts counts) {
        String text = counts.first() == null ? "–"
                : DAY.format(counts.first()) + " – " + DAY.format(counts.last());
        Div box = new Div(new Span(text), new Span("time range"));
        box.addClassName("figure");
        box.getElement().setAttribute("data-figure", "period");
        return box;
    }
}
