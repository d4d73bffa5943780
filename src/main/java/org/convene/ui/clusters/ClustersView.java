package org.convene.ui.clusters;

import org.convene.graph.AccountLookup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.analysis.AnalysisService;
import org.convene.bridges.BridgeQueries;
import org.convene.bridges.ClusterQueries;
import org.convene.bridges.ClusterSummary;
import org.convene.roles.Role;
import org.convene.suggest.SuggestService;
import org.convene.ui.Background;
import org.convene.ui.components.AnalysisPrompt;
import org.convene.ui.components.ChatPicker;
import org.convene.ui.components.Message;
import org.convene.ui.components.RoleMixBar;

/**
 * Every cluster of the last analysis with its role mix, size, label (and why), top accounts and hashtags;
 * bridging clusters carry a badge with the reason. Filter by size and role, sort, and pick one to see its links
 * and brokers or open it in the Network view. The filters, the search and the chosen cluster live in the URL
 * ({@code /clusters?cluster=4&minSize=10&role=nurse&sort=bridging&q=fixboard}), so links and Back work. The list
 * comes a page at a time ({@link #PAGE}) with a count and "Show more": drawing thousands of cards took seconds.
 */
@Route("clusters")
@PageTitle("Clusters · Convene")
@StyleSheet("role-mix.css")
@RolesAllowed("VIEWER")
public class ClustersView extends VerticalLayout implements BeforeEnterObserver {

    /** Cards read and drawn at a time: on higgs-mention 400 cards took 9 s to show, 50 well under one. */
    public static final int PAGE = 50;
    private static final int DEFAULT_MIN_SIZE = 3;
    private static final String ANY = "";

    private final ClusterQueries clusters;
    private final AnalysisService analysis;
    private final IntegerField minSize = new IntegerField("Minimum members");
    private final Select<String> role = new Select<>();
    private final Select<ClusterQueries.Sort> sort = new Select<>();
    private final TextField search = new TextField("Find a cluster");
    private final ChatPicker chat;
    private final Button more = new Button();
    private final Span note = new Span();
    private final ProgressBar loading = new ProgressBar();
    private final Message message = new Message("view-message");
    private final Div list = new Div();
    private final Div detail = new Div();
    private final HorizontalLayout body = new HorizontalLayout(list, detail);
    private Long selected;
    private boolean applying;
    /** Cards shown and clusters matching now, for "Show more". */
    private int shownCount;
    private long matching;

    public ClustersView(ClusterQueries clusters, AnalysisService analysis, SuggestService chats) {
        this.clusters = clusters;
        this.analysis = analysis;
        setSizeFull();
        addClassName("clusters-view");

        minSize.setMin(1);
        minSize.setStepButtonsVisible(true);
        minSize.setWidth("9rem");
        role.setLabel("Role present");
        role.setItems(roleKeys());
        role.setItemLabelGenerator(k -> k.isEmpty() ? "Any role" : Role.of(k).title());
        role.setWidth("19rem");
        sort.setLabel("Sort by");
        sort.setItems(ClusterQueries.Sort.values());
        sort.setItemLabelGenerator(ClusterQueries.Sort::title);
        sort.setWidth("16rem");
        search.setPlaceholder("label, @handle, #hashtag or id");
        search.setTooltipText("A number finds the cluster of that id; other text looks in the labels, top accounts "
                + "and hashtags, and finds the cluster of a member with that handle. Press Enter to search.");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE); // Enter or leaving the field
        search.setWidth("17rem");
        search.addClassName("cluster-search");
        minSize.addValueChangeListener(e -> filtersChanged());
        role.addValueChangeListener(e -> filtersChanged());
        sort.addValueChangeListener(e -> filtersChanged());
        search.addValueChangeListener(e -> filtersChanged());
        chat = new ChatPicker("With people of", chats.chats()).optional("Only clusters with a member who posted with this hashtag");
        chat.setWidth("14rem");
        chat.addClassName("cluster-chat");
        chat.addValueChangeListener(e -> filtersChanged());
        more.addClassName("more-clusters");
        more.addClickListener(e -> loadMore());

        HorizontalLayout filters = new HorizontalLayout(minSize, role, sort, search, chat);
        filters.addClassName("filters");
        note.addClassName("view-note");
        note.getElement().setAttribute("role", "status");
        loading.setIndeterminate(true);
        loading.setVisible(false);
        loading.getElement().setAttribute("aria-label", "Loading clusters");

        list.addClassName("cluster-list");
        detail.addClassName("cluster-detail");
        detail.setVisible(false);
        body.setWidthFull();
        body.addClassName("clusters-body");
        body.setMinHeight("0");
        body.setFlexGrow(1, list);
        body.setPadding(false);
        list.getStyle().set("flex", "1 1 0");

        HorizontalLayout heading = new HorizontalLayout(new H2("Clusters"), note);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, RoleMixBar.legend(Arrays.stream(Role.values()).map(Role::key).toList()), loading, message);
        addAndExpand(body);
    }

    private static List<String> roleKeys() {
        List<String> keys = new java.util.ArrayList<>(List.of(ANY));
        BridgeQueries.roles().forEach(r -> keys.add(r.key()));
        return keys;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        applying = true;
        try {
            minSize.setValue(parseInt(first(q, "minSize")).filter(n -> n > 0).orElse(DEFAULT_MIN_SIZE));
            String r = first(q, "role").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(ANY);
            role.setValue(roleKeys().contains(r) ? r : ANY);
            sort.setValue(ClusterQueries.Sort.of(first(q, "sort").orElse("size")));
            search.setValue(first(q, "q").map(String::strip).orElse(""));
            chat.setValue(first(q, "chat").map(String::strip).filter(c -> !c.isEmpty()).map(SuggestService::tag).orElse(null));
        } finally {
            applying = false;
        }
        Optional<String> cluster = first(q, "cluster");
        selected = cluster.flatMap(ClustersView::parseLong).orElse(null);
        load(cluster.isPresent() && selected == null ? cluster.get() : null);
    }

    private void filtersChanged() {
        if (!applying) navigate(selected);
    }

    /** Puts the state into the URL; the router calls {@link #beforeEnter} again, which loads it. */
    private void navigate(Long cluster) {
        Map<String, String> q = new LinkedHashMap<>();
        if (cluster != null) q.put("cluster", Long.toString(cluster));
        Integer min = minSize.getValue();
        if (min != null && min != DEFAULT_MIN_SIZE) q.put("minSize", Integer.toString(min));
        if (role.getValue() != null && !role.getValue().isEmpty()) q.put("role", role.getValue());
        if (sort.getValue() != null && sort.getValue() != ClusterQueries.Sort.SIZE) q.put("sort", sort.getValue().key());
        if (!search.getValue().isBlank()) q.put("q", search.getValue().strip());
        if (chat.getValue() != null && !chat.getValue().isBlank()) q.put("chat", chat.getValue());
        UI.getCurrent().navigate(ClustersView.class, QueryParameters.simple(q));
    }

    private record Loaded(ClusterQueries.State state, long matching, List<ClusterSummary> shown, ClusterSummary chosen) {}

    private void load(String badCluster) {
        loading.setVisible(true);
        getElement().setAttribute("data-state", "loading");
        message.clear();
        int min = minSize.getValue() == null ? DEFAULT_MIN_SIZE : minSize.getValue();
        String r = role.getValue();
        ClusterQueries.Sort s = sort.getValue();
        String text = search.getValue();
        String tag = chat.getValue();
        Long chosen = selected;
        Background.run(UI.getCurrent(), () -> {
            ClusterQueries.State state = clusters.state();
            if (!state.analysed()) return new Loaded(state, 0, List.of(), null);
            return new Loaded(state, clusters.count(min, r, text, tag), clusters.clusters(min, r, text, tag, s, 0, PAGE),
                    chosen == null ? null : clusters.cluster(chosen).orElse(null));
        }, loaded -> {
            loading.setVisible(false);
            show(loaded, min, badCluster);
        }, failure -> {
            loading.setVisible(false);
            getElement().setAttribute("data-state", "failed");
            message.problem("Could not read the clusters: " + failure.getMessage() + ". Check the database is running "
                    + "(see /actuator/health) and reload the page.");
        });
    }

    private void show(Loaded loaded, int min, String badCluster) {
        getElement().setAttribute("data-state", "loaded");
        list.removeAll();
        detail.removeAll();
        detail.setVisible(false);
        ClusterQueries.State state = loaded.state();
        if (!state.analysed()) {
            note.setText("");
            message.clear();
            list.add(new AnalysisPrompt(analysis, "clusters", () -> load(null)));
            return;
        }
        if (state.clusters() == 0) {
            note.setText("");
            message.info("The last analysis (" + day(state.at()) + ") found no cluster of 3 or more accounts. Import "
                    + "more posts and run 'convene analyze' again, or run it with '--min-cluster-size 2'.");
            return;
        }
        matching = loaded.matching();
        shownCount = 0;
        noteAbout(state);
        if (badCluster != null) message.info("There is no cluster '" + badCluster + "'. Pick one from the list.");
        else if (selected != null && loaded.chosen() == null) {
            message.info("There is no cluster " + selected + " in the last analysis: it was dissolved by a later "
                    + "analysis, or its community is under the size clusters are summarised at. Pick one from the list.");
        }
        if (loaded.shown().isEmpty() && search.getValue().strip().matches("\\d{1,18}")) {
            message.info("No cluster has the id " + search.getValue().strip() + ": the analysis summarises communities "
                    + "of 3 or more accounts as clusters (smaller ones have ids, but no cluster), and a later analysis may "
                    + "have dissolved it. Clear the search to see them all.");
        } else if (loaded.shown().isEmpty()) {
            boolean anyRole = role.getValue() == null || role.getValue().isEmpty();
            message.info("No cluster of " + min + " or more members" + (anyRole ? "" : " has a " + role.getValue())
                    + (search.getValue().isBlank() ? "" : (anyRole ? "" : " and") + " matches '" + search.getValue().strip() + "'")
                    + (chat.getValue() == null ? "" : ", with a member who posted with #" + chat.getValue())
                    + ". Lower the minimum size, pick another role or chat, or clear the search.");
        }
        append(loaded.shown());
        if (loaded.chosen() != null) {
            detail.add(ClusterDetail.of(loaded.chosen()));
            detail.setVisible(true);
            // on a phone the details sit above the list, which the tap left scrolled down: bring them into view;
            // focus goes to their heading, which comes after every card in the tab order (it was lost on the page)
            detail.getElement().executeJs("if (window.innerWidth <= 760) this.scrollIntoView({block: 'start'});"
                    + "const h = this.querySelector('h3'); if (h) { h.tabIndex = -1; h.focus({preventScroll: window.innerWidth > 760}); }");
        }
    }

    /** Adds cards after those shown, then the "Show more" button while clusters remain. */
    private void append(List<ClusterSummary> page) {
        more.removeFromParent();
        for (ClusterSummary c : page) list.add(card(c));
        shownCount += page.size();
        long left = matching - shownCount;
        if (left > 0 && !page.isEmpty()) {
            more.setText(String.format(Locale.UK, "Show %d more (%,d of %,d shown)", Math.min(PAGE, left), shownCount, matching));
            more.setEnabled(true);
            list.add(more);
        }
        getElement().setAttribute("data-shown", Integer.toString(shownCount));
        getElement().setAttribute("data-matching", Long.toString(matching));
    }

    private void noteAbout(ClusterQueries.State state) {
        String which = matching == state.clusters() ? String.format(Locale.UK, "%,d clusters", matching)
                : String.format(Locale.UK, "%,d of %,d clusters match", matching, state.clusters());
        note.setText(which + " · analysis of " + day(state.at()) + " · click one for its links"
                + (state.correctedSince() == 0 ? "" : " · " + org.convene.graph.ValueFormat.count(state.correctedSince(), "role correction")
                + " since then, not counted in the role mix until the analysis runs again"));
    }

    private void loadMore() {
        more.setEnabled(false);
        more.setText("Loading…");
        int min = minSize.getValue() == null ? DEFAULT_MIN_SIZE : minSize.getValue();
        String r = role.getValue();
        ClusterQueries.Sort s = sort.getValue();
        String text = search.getValue();
        String tag = chat.getValue();
        int skip = shownCount;
        Background.run(UI.getCurrent(), () -> clusters.clusters(min, r, text, tag, s, skip, PAGE), page -> {
            int before = shownCount;
            append(page);
            // keyboard users go on from the first new card rather than from the top of the list
            list.getChildren().skip(before).findFirst().ifPresent(c -> c.getElement()
                    .executeJs("const b = this.querySelector('.card-title'); if (b) b.focus();"));
        }, failure -> {
            more.setEnabled(true);
            more.setText("Show more");
            message.problem("Could not read more clusters: " + failure.getMessage() + ". Try again.");
        });
    }

    private Div card(ClusterSummary c) {
        Div card = new Div();
        card.addClassName("cluster-card");
        card.getElement().setAttribute("data-cluster", Long.toString(c.id()));
        card.getElement().setAttribute("data-bridging", Boolean.toString(c.isBridging()));
        // the title is the card's button (keyboard, screen readers); a click anywhere else on the card does the
        // same for the mouse. The card itself is no control: it holds a link, and controls must not nest.
        NativeButton title = new NativeButton(c.label(), e -> navigate(c.id()));
        title.addClassName("card-title");
        title.getElement().setAttribute("aria-label", "Show cluster " + c.label());
        if (selected != null && selected == c.id()) {
            card.getElement().setAttribute("aria-current", "true");
            title.getElement().setAttribute("aria-current", "true");
        }
        card.getElement().addEventListener("click", e -> navigate(c.id()))
                .setFilter("!event.target.closest('a, button')");
        Span size = new Span(String.format(Locale.UK, "%,d members · density %s · id %d", c.size(), density(c.density()), c.id()));
        size.addClassName("card-size");
        Div head = new Div(title, size);
        head.addClassName("card-head");
        if (c.isBridging()) head.add(badge());
        Anchor open = networkLink(c.id());
        open.addClassName("card-open");
        head.add(open);
        card.add(head, new RoleMixBar(mix(c)));
        card.add(line("Roles", RoleMixBar.text(mix(c))));
        if (c.isBridging()) {
            Paragraph why = new Paragraph("Bridging: " + String.join("; ", c.bridgingReasons()));
            why.addClassName("card-why");
            card.add(why);
        }
        card.add(line("Top accounts", String.join(", ", c.topAccounts().stream().map(AccountLookup::name).toList())));
        card.add(line("Hashtags", String.join(" ", c.topHashtags().stream().map(t -> "#" + t).toList())));
        return card;
    }

    static Span badge() {
        Span badge = new Span("Bridging");
        badge.addClassName("bridging-badge");
        return badge;
    }

    static Anchor networkLink(long id) {
        Anchor open = new Anchor("network?cluster=" + id, "Open in network");
        open.addClassName("open-network");
        open.getElement().setAttribute("data-cluster", Long.toString(id));
        return open;
    }

    static Map<String, Long> mix(ClusterSummary c) {
        Map<String, Long> m = new LinkedHashMap<>();
        // known roles first, most common first; the (often large) unknown share last, so the known mix reads at a glance
        c.mix().stream().filter(rc -> !rc.role().equals("unknown")).forEach(rc -> m.put(rc.role(), rc.n()));
        c.mix().stream().filter(rc -> rc.role().equals("unknown")).forEach(rc -> m.put(rc.role(), rc.n()));
        return m;
    }

    static Paragraph line(String name, String value) {
        Span label = new Span(name + ": ");
        label.addClassName("muted");
        Paragraph p = new Paragraph(label, new Span(value.isEmpty() ? "–" : value));
        p.addClassName("card-line");
        p.getElement().setAttribute("title", value);
        return p;
    }

    /**
     * Two significant digits: a cluster of thousands has a density of a few in ten thousand, which two
     * decimals showed as 0.00 for every large cluster.
     */
    static String density(double d) {
        if (d == 0 || Double.isNaN(d)) return "0";
        return java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** Its network's address: by handle, or by id and platform for an account without a handle. */
    static String accountLink(String account) {
        int colon = account.indexOf(':');
        if (colon < 0) return handleLink(account);
        return "my-network?id=" + URLEncoder.encode(account.substring(colon + 1), StandardCharsets.UTF_8)
                + "&platform=" + URLEncoder.encode(account.substring(0, colon), StandardCharsets.UTF_8);
    }

    static String handleLink(String handle) {
        return "my-network?handle=" + URLEncoder.encode(handle, StandardCharsets.UTF_8);
    }




    private static String day(String at) {
        return at == null ? "–" : at.substring(0, Math.min(10, at.length()));
    }

    private static Optional<String> first(Map<String, List<String>> q, String name) {
        return Optional.ofNullable(q.get(name)).filter(l -> !l.isEmpty()).map(List::getFirst).filter(s -> !s.isBlank());
    }

    private static Optional<Integer> parseInt(Optional<String> s) {
        try {
            return s.map(v -> Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
