package org.convene.ui.network;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convene.export.ExportFormat;
import org.convene.export.ExportService;
import org.convene.network.AccountDetails;
import org.convene.network.NetworkFilter;
import org.convene.network.NetworkService;
import org.convene.network.Selection;
import org.convene.roles.Role;
import org.convene.roles.RoleService;
import org.convene.ui.Access;
import org.convene.ui.Background;
import org.convene.ui.components.NetworkGraph;
import org.convene.ui.components.RoleColors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * The account network with filters, colour by role or cluster, size by PageRank, a handle search, a side
 * panel per account and exports. Every filter lives in the URL
 * ({@code /network?chat=wenurses&role=nurse&types=reply,mention&minWeight=2&cluster=12&focus=handle}), so
 * links and Back work; changing a filter navigates, and {@link #beforeEnter} loads off the UI thread.
 */
@Route("network")
@PageTitle("Network · Convene")
@RolesAllowed("VIEWER")
public class NetworkView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(NetworkView.class);
    private static final String ANY_CHAT = "All chats";
    private static final String ANY_ROLE = "All roles";

    private final NetworkService network;
    private final RoleService roles;
    private final ExportService export;
    private final int maxAccounts;

    private final Select<String> chat = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<String> role = new Select<>();
    private final Checkbox roleContacts = new Checkbox("and their contacts");
    private final CheckboxGroup<String> types = new CheckboxGroup<>("Interactions");
    private final IntegerField minWeight = new IntegerField("Min. weight");
    private final ComboBox<NetworkService.ClusterChoice> cluster = new ComboBox<>("Cluster");
    private final RadioButtonGroup<String> colourBy = new RadioButtonGroup<>("Colour by");
    private final TextField find = new TextField("Find a handle");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph message = new Paragraph();
    private final NarrowHints hints = new NarrowHints();
    private final List<NetworkService.ClusterChoice> clusterChoices;
    private final NetworkGraph graph = new NetworkGraph();
    private final AccountPanel panel;

    private NetworkFilter filter = NetworkFilter.all();
    private Map<String, List<String>> params = Map.of();
    /** What is drawn: the selection plus expanded neighbours. Read by the export downloads. */
    private volatile Map<String, Selection.Account> accounts = Map.of();
    private volatile Map<String, Selection.Tie> ties = Map.of();
    private List<String> clusterGroups = List.of();
    /** Whether the drawing holds only the most influential of what the filters select. */
    private volatile boolean capped;
    private String selected;
    private long loadId;

    public NetworkView(NetworkService network, RoleService roles, ExportService export,
                       @Value("${convene.network.max-accounts:5000}") int maxAccounts) {
        this.network = network;
        this.roles = roles;
        this.export = export;
        this.maxAccounts = maxAccounts;
        setSizeFull();
        setPadding(true);
        setSpacing(false);
        addClassName("network-view");
        panel = new AccountPanel(roles, this::expandSelected, this::rolesCorrected, () -> graph.getElement().callJsFunction("focus"));

        chat.setLabel("Chat");
        List<String> chats = new ArrayList<>(List.of(ANY_CHAT));
        network.chats().forEach(c -> chats.add("#" + c));
        chat.setItems(chats);
        chat.setWidth("150px");
        role.setLabel("Primary role");
        role.addClassName("role-filter");
        role.setTooltipText("Accounts of this role with their contacts; untick 'and their contacts' for the ties "
                + "between two accounts of this role only (nurses talking to nurses)");
        roleContacts.addClassName("role-contacts");
        roleContacts.setTooltipText("Also the ties of this role's accounts with accounts of other roles");
        List<String> roleKeys = new ArrayList<>(List.of(ANY_ROLE));
        Arrays.stream(Role.values()).map(Role::key).forEach(roleKeys::add);
        role.setItems(roleKeys);
        role.setItemLabelGenerator(k -> ANY_ROLE.equals(k) ? k : Role.of(k).title());
        role.setWidth("190px");
        from.setWidth("140px");
        to.setWidth("140px");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        types.setItems(NetworkFilter.TYPES);
        types.addClassName("edge-types");
        minWeight.setMin(1);
        minWeight.setStepButtonsVisible(true);
        minWeight.setWidth("120px");
        minWeight.setPlaceholder("1");
        clusterChoices = network.clusters();
        cluster.setItems(clusterChoices);
        cluster.setItemLabelGenerator(c -> c.id() + " · " + c.label() + " (" + c.size() + ")");
        cluster.setClearButtonVisible(true);
        cluster.setPlaceholder("Any");
        cluster.setWidth("220px");
        colourBy.setItems("role", "cluster");
        find.setPlaceholder("@handle");
        find.setClearButtonVisible(true);
        find.setWidth("170px");
        find.addClassName("find-handle");
        Button findButton = new Button("Find", e -> find(find.getValue()));
        findButton.addClassName("find-button");
        find.addKeyPressListener(Key.ENTER, e -> find(find.getValue()));

        chat.addValueChangeListener(e -> { if (e.isFromClient()) navigate("chat", ANY_CHAT.equals(e.getValue()) ? null : e.getValue().substring(1)); });
        role.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            String picked = ANY_ROLE.equals(e.getValue()) ? null : e.getValue();
            // a first pick comes with the role's contacts: ties among one role alone are often none at all
            // (a link with role= and no contacts= still shows the role alone, and the box unticks it)
            boolean first = picked != null && one("role") == null;
            navigate(first ? Map.of("role", picked, "contacts", "true") : java.util.Collections.singletonMap("role", picked));
        });
        roleContacts.addValueChangeListener(e -> { if (e.isFromClient()) navigate("contacts", e.getValue() ? "true" : null); });
        from.addValueChangeListener(e -> { if (e.isFromClient()) navigate("from", e.getValue() == null ? null : e.getValue().toString()); });
        to.addValueChangeListener(e -> { if (e.isFromClient()) navigate("to", e.getValue() == null ? null : e.getValue().toString()); });
        types.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            navigate("types", e.getValue().isEmpty() || e.getValue().size() == NetworkFilter.TYPES.size() ? null
                    : String.join(",", NetworkFilter.TYPES.stream().filter(e.getValue()::contains).toList()));
        });
        minWeight.addValueChangeListener(e -> { if (e.isFromClient()) navigate("minWeight", e.getValue() == null || e.getValue() <= 1 ? null : e.getValue().toString()); });
        cluster.addValueChangeListener(e -> { if (e.isFromClient()) navigate("cluster", e.getValue() == null ? null : String.valueOf(e.getValue().id())); });
        colourBy.addValueChangeListener(e -> { if (e.isFromClient()) navigate("colour", "role".equals(e.getValue()) ? null : e.getValue()); });

        Button png = new Button("PNG", e -> graph.exportPng("convene-network.png"));
        png.addClassName("export-png");
        png.getElement().setAttribute("aria-label", "Export PNG: save the current view as an image");
        png.getElement().setAttribute("title", "Save the current view as an image");
        HorizontalLayout exports = new HorizontalLayout(new Span("Export:"), png);
        if (Access.has("ANALYST")) { // the files carry names and bios: exports are an analyst's (README, permissions)
            exports.add(download(ExportFormat.GEXF, "GEXF", "convene-network.gexf", "application/gexf+xml"),
                    download(ExportFormat.GRAPHML, "GraphML", "convene-network.graphml", "application/graphml+xml"),
                    download(ExportFormat.CSV, "CSV", "convene-network-csv.zip", "application/zip"));
        }
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        exports.addClassName("exports");
        exports.getElement().setAttribute("role", "group");
        exports.getElement().setAttribute("aria-label", "Export what is drawn");

        FlexLayout filters = new FlexLayout(chat, from, to, role, roleContacts, types, minWeight, cluster, colourBy, find, findButton);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.addClassName("network-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filters and handle search");
        filters.getStyle().set("gap", "0 var(--lumo-space-m)");

        progress.setIndeterminate(true);
        progress.setWidth("160px");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Loading");
        status.addClassName("network-status");
        status.getElement().setAttribute("role", "status");
        message.addClassName("network-message");
        message.setVisible(false);
        HorizontalLayout statusRow = new HorizontalLayout(status, progress, exports);
        statusRow.setWidthFull();
        statusRow.setAlignItems(FlexComponent.Alignment.CENTER);
        statusRow.expand(status);
        statusRow.setWrap(true);
        statusRow.addClassName("network-status-row");

        graph.addClassName("network");
        graph.setGroupTitles(Arrays.stream(Role.values()).collect(java.util.stream.Collectors.toMap(Role::key, r -> Role.word(r.key()))));
        graph.setSizeFull();
        graph.enableKeyboard("Network of accounts");
        graph.addClearListener(e -> clearSelection());
        graph.addNodeClickListener(e -> {
            selected = e.key();
            showAccount(e.key());
            Selection.Account a = accounts.get(e.key());
            if (a != null && a.handle() != null) replaceFocus(a.handle());
        });
        HorizontalLayout body = new HorizontalLayout(graph, panel);
        body.addClassName("network-body");
        body.setWidthFull();
        body.getStyle().set("min-height", "0"); // the panel scrolls inside; the page does not
        body.setSpacing(true);
        body.setFlexGrow(1, graph);
        add(filters, statusRow, hints, message);
        addAndExpand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = event.getLocation().getQueryParameters().getParameters();
        String problem = null;
        LocalDate fromDay = null, toDay = null;
        Long clusterId = null;
        double weight = 0;
        Set<String> kinds = new LinkedHashSet<>();
        try {
            fromDay = day("from");
            toDay = day("to");
            String c = one("cluster");
            clusterId = c == null ? null : Long.parseLong(c.strip());
            String w = one("minWeight");
            weight = w == null ? 0 : Double.parseDouble(w.strip());
            String t = one("types");
            if (t != null) for (String k : t.split(",")) if (!k.isBlank()) kinds.add(k.strip().toLowerCase(Locale.ROOT));
            filter = new NetworkFilter(one("chat"), fromDay, toDay, one("role"), kinds, weight, clusterId,
                    "true".equals(one("contacts")));
        } catch (NumberFormatException | DateTimeParseException e) {
            problem = "The link has a value that is not a number or a date (" + e.getMessage()
                    + "); showing the whole network instead.";
            filter = NetworkFilter.all();
        } catch (IllegalArgumentException e) {
            problem = "The link asks for " + e.getMessage() + "; showing the whole network instead.";
            filter = NetworkFilter.all();
        }
        chat.setValue(filter.chat() == null ? ANY_CHAT : "#" + filter.chat());
        if (filter.chat() != null && !chat.getListDataView().contains("#" + filter.chat())) {
            chat.getListDataView().addItem("#" + filter.chat());
            chat.setValue("#" + filter.chat());
        }
        role.setValue(filter.role() == null || !role.getListDataView().contains(filter.role()) ? ANY_ROLE : filter.role());
        roleContacts.setValue(filter.roleContacts());
        roleContacts.setEnabled(filter.role() != null);
        from.setValue(filter.from());
        to.setValue(filter.to());
        types.setValue(filter.types());
        minWeight.setValue(filter.minWeight() <= 1 ? null : (int) filter.minWeight());
        cluster.setValue(filter.cluster() == null ? null : cluster.getListDataView().getItems()
                .filter(c -> c.id() == filter.cluster()).findFirst().orElse(null));
        colourBy.setValue("cluster".equals(one("colour")) ? "cluster" : "role");
        find.setValue(one("focus") == null ? "" : one("focus"));
        load(problem);
    }

    private void load(String problem) {
        UI ui = UI.getCurrent();
        long id = ++loadId;
        NetworkFilter f = filter;
        String focus = one("focus");
        progress.setVisible(true);
        status.setText("Loading the network…");
        panel.setVisible(false);
        Background.run(ui, () -> new Loaded(network.select(f, maxAccounts),
                        focus == null ? null : network.findHandle(focus).orElse(null)),
                loaded -> {
                    if (id != loadId) return; // a newer filter has been asked for
                    progress.setVisible(false);
                    draw(loaded.selection());
                    List<String> notes = new ArrayList<>();
                    if (problem != null) notes.add(problem);
                    if (focus != null) notes.add(focusOn(loaded.focusKey(), focus));
                    if (loaded.selection().accounts().isEmpty()) notes.add(empty());
                    say(String.join(" ", notes.stream().filter(n -> n != null).toList()));
                },
                error -> {
                    if (id != loadId) return;
                    log.warn("Network view: loading failed", error);
                    progress.setVisible(false);
                    status.setText("");
                    say("The network could not be loaded: " + error.getMessage()
                            + ". Try again, or loosen the filters; the server log has the details.");
                });
    }

    private record Loaded(Selection selection, String focusKey) {}

    /** With "and their contacts", the accounts of the chosen role: drawn to stand out from their contacts. */
    private List<String> chosen(Selection s) {
        if (filter.role() == null || !filter.roleContacts()) return List.of();
        return s.accounts().stream().filter(a -> filter.role().equals(a.role())).map(Selection.Account::key).toList();
    }

    private void draw(Selection s) {
        Map<String, Selection.Account> byKey = new LinkedHashMap<>();
        s.accounts().forEach(a -> byKey.put(a.key(), a));
        Map<String, Selection.Tie> tieMap = new LinkedHashMap<>();
        s.ties().forEach(t -> tieMap.put(t.source() + ">" + t.target(), t));
        accounts = byKey;
        ties = tieMap;
        clusterGroups = Colours.largestClusters(s.accounts());
        Colours.Coloured c = Colours.colour(s.accounts(), s.ties(), by(), clusterGroups);
        List<String> chosen = chosen(s);
        graph.emphasise(chosen, chosen.isEmpty() ? "" : "Full colour: the " + Role.count(chosen.size(), filter.role())
                + "; pale: their contacts.");
        graph.showNoted(c.network(), c.colors(), roleNotes(s.accounts()));
        graph.getElement().setAttribute("data-selected-count", String.valueOf(s.selected()));
        // the Overview counts every account; say why this is fewer
        String counts = String.format(Locale.UK, "%,d accounts, %,d interactions (accounts without an interaction "
                + "here are not drawn)", byKey.size(), tieMap.size());
        status.setText(s.capped() ? String.format(Locale.UK,
                "Showing the %,d most influential of the %,d accounts these filters select (%,d interactions). "
                        + "Narrow the filters to see the others.", byKey.size(), s.selected(), tieMap.size())
                : counts);
        status.getElement().setAttribute("data-capped", String.valueOf(s.capped()));
        capped = s.capped();
        hints.show(s, by() == Colours.By.ROLE, params, clusterChoices, maxAccounts);
    }

    /** Draws and opens the account the URL or the search names, adding it with its neighbours if not drawn. */
    private String focusOn(String key, String handle) {
        if (key == null) return "No account @" + handle.replaceFirst("^@", "") + " in the graph: check the spelling.";
        selected = key;
        if (!accounts.containsKey(key)) {
            expand(key);
            return "@" + handle.replaceFirst("^@", "") + " is outside these filters: it is added with its neighbours "
                    + "that pass them.";
        }
        graph.highlight(key);
        showAccount(key);
        return null;
    }

    private String empty() {
        if (network.counts().accounts() == 0) {
            return "The graph is empty. Import a chat archive on the Import page to see its network here.";
        }
        String roleNote = ANY_ROLE.equals(role.getValue()) || roleContacts.getValue() ? "" : " A role keeps only the "
                + "ties between two accounts of that role; tick 'and their contacts' to see whom they talk to.";
        return "No interactions match these filters. Try fewer filters: all interaction kinds, a lower minimum "
                + "weight, another chat, role or period." + roleNote;
    }

    private void showAccount(String key) {
        UI ui = UI.getCurrent();
        Background.run(ui, () -> {
            AccountDetails d = network.details(key).orElseThrow(() -> new IllegalStateException("account not found"));
            int colon = key.indexOf(':');
            return Map.entry(d, roles.explain(key.substring(0, colon), key.substring(colon + 1)));
        }, r -> panel.show(r.getKey(), r.getValue().orElse(null)),
                e -> say("That account could not be shown (" + e.getMessage() + "); it may have been erased."));
    }

    /** A corrected account takes its new primary role's colour at once, and keeps it in exports and expansions. */
    private void rolesCorrected(String key, String primaryRole) {
        Selection.Account a = accounts.get(key);
        if (a != null) {
            Map<String, Selection.Account> next = new LinkedHashMap<>(accounts);
            next.put(key, new Selection.Account(a.key(), a.handle(), primaryRole, a.community(), a.cluster(), a.pagerank()));
            accounts = next;
            if (by() == Colours.By.ROLE) graph.regroup(key, primaryRole, RoleColors.of(primaryRole));
            graph.note(key, primaryRole);
        }
        showAccount(key);
    }

    /** Each account's primary role, read out with it when the keys reach it. */
    private static Map<String, String> roleNotes(List<Selection.Account> list) {
        Map<String, String> notes = new java.util.HashMap<>();
        list.forEach(a -> notes.put(a.key(), a.role() == null ? "unknown" : a.role()));
        return notes;
    }

    /** Escape on the drawing: no account is selected any more, so the panel closes and the link forgets it. */
    private void clearSelection() {
        selected = null;
        panel.setVisible(false);
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.remove("focus");
        params = next;
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("network", new QueryParameters(next)));
        find.setValue("");
    }

    private void expandSelected() {
        if (selected != null) expand(selected);
    }

    private void expand(String key) {
        UI ui = UI.getCurrent();
        NetworkFilter f = filter;
        progress.setVisible(true);
        Background.run(ui, () -> network.neighbours(key, f), more -> {
            progress.setVisible(false);
            if (!accounts.containsKey(key) && more.accounts().stream().allMatch(a -> a.key().equals(key))) {
                // alone it would float off in the layout: open its panel and say why nothing is drawn
                showAccount(key);
                String name = more.accounts().isEmpty() || more.accounts().getFirst().handle() == null ? "This account"
                        : "@" + more.accounts().getFirst().handle();
                say(name + " has no interactions that pass these filters, so it is not drawn; its details are in "
                        + "the panel. Clear the chat, dates or kinds to see its neighbours.");
                return;
            }
            Map<String, Selection.Account> grown = new LinkedHashMap<>(accounts);
            List<Selection.Account> added = more.accounts().stream().filter(a -> !grown.containsKey(a.key())).toList();
            added.forEach(a -> grown.put(a.key(), a));
            Map<String, Selection.Tie> grownTies = new LinkedHashMap<>(ties);
            more.ties().forEach(t -> grownTies.putIfAbsent(t.source() + ">" + t.target(), t));
            accounts = grown;
            ties = grownTies;
            Colours.Coloured c = Colours.colour(more.accounts(), more.ties(), by(), clusterGroups);
            graph.add(c.network(), c.colors(), key, roleNotes(more.accounts()));
            graph.highlight(key);
            showAccount(key);
            status.setText(String.format(Locale.UK, "%,d accounts, %,d interactions (%,d added around the selected account)",
                    grown.size(), grownTies.size(), added.size()));
        }, e -> {
            progress.setVisible(false);
            say("The neighbours could not be loaded: " + e.getMessage() + ". Try again.");
        });
    }

    private Anchor download(ExportFormat format, String label, String fileName, String type) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            if (!Access.has("ANALYST")) return DownloadResponse.error(403, "Exports are for analysts and administrators");
            var out = new ByteArrayOutputStream();
            List<Map<String, Object>> edges = ties.values().stream().map(t -> Map.<String, Object>of(
                    "source", t.source(), "target", t.target(), "weight", t.weight(), "replies", t.replies(),
                    "mentions", t.mentions(), "retweets", t.retweets(), "quotes", t.quotes())).toList();
            export.writeSubgraph(format, accounts.keySet(), edges, filtersInWords(), out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), label);
        link.addClassName("export-" + format.name().toLowerCase(Locale.ROOT));
        link.getElement().setAttribute("download", fileName);
        link.getElement().setAttribute("title", "Download the accounts and interactions drawn now as " + label);
        return link;
    }

    /** The filters as the address carries them (chat=celiac&role=nurse), or "none": for an export's description. */
    private String filtersInWords() {
        Map<String, List<String>> chosen = new LinkedHashMap<>(params);
        chosen.remove("focus");
        chosen.remove("colour");
        String query = new QueryParameters(chosen).getQueryString();
        return (query.isBlank() ? "none" : query) + (capped ? " (the most influential accounts they select)" : "");
    }

    private Colours.By by() {
        return "cluster".equals(one("colour")) ? Colours.By.CLUSTER : Colours.By.ROLE;
    }

    private void say(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && !text.isBlank());
    }

    private String one(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private LocalDate day(String name) {
        String v = one(name);
        return v == null ? null : LocalDate.parse(v.strip());
    }

    /** Navigates to this view with one parameter changed (null removes it); a new filter clears the focus. */
    private void navigate(String name, String value) {
        navigate(java.util.Collections.singletonMap(name, value));
    }

    /** The URL with these parameters changed (null or blank: removed); the view then loads from it. */
    private void navigate(Map<String, String> changes) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        if (changes.keySet().stream().anyMatch(n -> !n.equals("focus") && !n.equals("colour"))) next.remove("focus");
        changes.forEach((name, value) -> {
            if (value == null || value.isBlank()) next.remove(name);
            else next.put(name, List.of(value.strip()));
        });
        UI.getCurrent().navigate("network", new QueryParameters(next));
    }

    /**
     * Opens the account of a handle. One already drawn, or none at all, needs no new drawing: the layout stays
     * as the user arranged it. Only an account outside the filters loads again, to be added with its neighbours.
     */
    private void find(String value) {
        String handle = value == null ? "" : value.strip().replaceFirst("^@", "");
        if (handle.isEmpty()) {
            navigate("focus", null);
            return;
        }
        String key = network.findHandle(handle).orElse(null);
        if (key == null) { // the account shown before is not what was asked for: nothing stays selected
            selected = null;
            panel.setVisible(false);
            graph.highlight(null);
            say(focusOn(null, handle));
        } else if (accounts.containsKey(key)) {
            say("");
            focusOn(key, handle);
            replaceFocus(accounts.get(key).handle() == null ? handle : accounts.get(key).handle());
        } else {
            navigate("focus", handle);
        }
    }

    /** Puts the clicked account into the URL without reloading, so the link opens it again. */
    private void replaceFocus(String handle) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put("focus", List.of(handle));
        params = next;
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("network", new QueryParameters(next)));
        find.setValue(handle);
    }
}
