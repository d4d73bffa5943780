package org.convene.ui.bridges;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.ValueFormat;
import org.convene.analysis.AnalysisService;
import org.convene.bridges.BridgeQueries;
import org.convene.bridges.ClusterBridge;
import org.convene.bridges.ClusterQueries;
import org.convene.bridges.RoleBridge;
import org.convene.roles.Role;
import org.convene.suggest.SuggestService;
import org.convene.ui.Background;
import org.convene.ui.components.AnalysisPrompt;
import org.convene.ui.components.ChatPicker;
import org.convene.ui.components.Message;

/**
 * Who connects two role groups: pick them (nurses and chief executives, patients and commissioners, ...) and see
 * the accounts that link most pairs of them, ranked, each with its partners on both sides, the interactions and
 * posts between them, and its brokerage; beside them, the clusters of one role linked to clusters of the other
 * and the accounts that carry those links. A chat narrows the bridges to its people. The pair lives in the URL:
 * {@code /bridges?from=nurse&to=executive&chat=celiac}.
 */
@Route("bridges")
@PageTitle("Bridges · Convene")
@StyleSheet("role-mix.css")
@RolesAllowed("VIEWER")
public class BridgesView extends VerticalLayout implements BeforeEnterObserver {

    static final int ACCOUNTS = 15;
    static final int CLUSTER_LINKS = 20;
    private static final String DEFAULT_FROM = "nurse";
    private static final String DEFAULT_TO = "executive";

    private final BridgeQueries bridges;
    private final ClusterQueries clusters;
    private final AnalysisService analysis;
    private final Select<String> from = roleSelect("From role");
    private final Select<String> to = roleSelect("To role");
    private final ChatPicker chat;
    private final Span note = new Span();
    private final ProgressBar loading = new ProgressBar();
    private final Message message = new Message("view-message");
    private final Div accounts = new Div();
    private final Div clusterLinks = new Div();
    private boolean applying;

    public BridgesView(BridgeQueries bridges, ClusterQueries clusters, AnalysisService analysis, SuggestService chats) {
        this.bridges = bridges;
        this.clusters = clusters;
        this.analysis = analysis;
        setSizeFull();
        addClassName("bridges-view");

        Button swap = new Button(VaadinIcon.EXCHANGE.create(), e -> {
            String a = from.getValue();
            applying = true;
            from.setValue(to.getValue());
            to.setValue(a);
            applying = false;
            navigate();
        });
        swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        swap.getElement().setAttribute("aria-label", "Swap the two roles");
        swap.setTooltipText("Swap the two roles");
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        chat = new ChatPicker("Among the people of", chats.chats()).optional("Only bridges who posted with this hashtag");
        chat.addValueChangeListener(e -> changed());
        HorizontalLayout filters = new HorizontalLayout(from, swap, to, chat);
        filters.setWrap(true);
        filters.addClassName("filters");

        note.addClassName("view-note");
        note.getElement().setAttribute("role", "status");
        loading.setIndeterminate(true);
        loading.setVisible(false);
        loading.getElement().setAttribute("aria-label", "Finding bridges");
        accounts.addClassName("bridge-list");
        accounts.getStyle().set("flex", "1 1 0");
        clusterLinks.addClassName("cluster-bridges");
        HorizontalLayout body = new HorizontalLayout(accounts, clusterLinks);
        body.addClassName("bridges-body");
        body.setWidthFull();
        body.setMinHeight("0");
        body.setPadding(false);

        HorizontalLayout heading = new HorizontalLayout(new H2("Bridges"), note);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, loading, message);
        addAndExpand(body);
    }

    private static Select<String> roleSelect(String label) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setItems(BridgeQueries.roles().stream().map(Role::key).toList());
        s.setItemLabelGenerator(k -> Role.of(k).title());
        s.setWidth("19rem");
        return s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        String a = param(q, "from", DEFAULT_FROM);
        String b = param(q, "to", DEFAULT_TO);
        String c = param(q, "chat", "");
        String tag = c.isBlank() ? null : SuggestService.tag(c);
        applying = true;
        try {
            from.setValue(valid(a) ? a : null);
            to.setValue(valid(b) ? b : null);
            chat.setValue(tag);
        } finally {
            applying = false;
        }
        load(a, b, tag);
    }

    private static boolean valid(String key) {
        return BridgeQueries.roles().stream().anyMatch(r -> r.key().equals(key));
    }

    private void changed() {
        if (!applying && from.getValue() != null && to.getValue() != null) navigate();
    }

    private void navigate() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", from.getValue());
        q.put("to", to.getValue());
        if (chat.getValue() != null && !chat.getValue().isBlank()) q.put("chat", chat.getValue());
        UI.getCurrent().navigate(BridgesView.class, QueryParameters.simple(q));
    }

    /** One more than shown is read of each, to know whether the page shows them all. */
    private record Found(List<RoleBridge> accounts, List<ClusterBridge> links, ClusterQueries.State state) {
        boolean moreAccounts() {
            return accounts.size() > ACCOUNTS;
        }

        boolean moreLinks() {
            return links.size() > CLUSTER_LINKS;
        }

        List<RoleBridge> shownAccounts() {
            return accounts.subList(0, Math.min(ACCOUNTS, accounts.size()));
        }

        List<ClusterBridge> shownLinks() {
            return links.subList(0, Math.min(CLUSTER_LINKS, links.size()));
        }
    }

    /** @param tag a chat whose people the bridges must be, or null for every account */
    private void load(String a, String b, String tag) {
        accounts.removeAll();
        clusterLinks.removeAll();
        message.clear();
        note.setText("");
        if (a.equals(b)) { // "accounts that connect nurses and nurses" answers nothing
            getElement().setAttribute("data-state", "failed");
            message.problem("Pick two different roles: a bridge connects one role group with another.");
            return;
        }
        loading.setVisible(true);
        getElement().setAttribute("data-state", "loading");
        Background.run(UI.getCurrent(), () -> new Found(bridges.between(a, b, tag, ACCOUNTS + 1),
                bridges.clusterBridges(a, b, CLUSTER_LINKS + 1), clusters.state()), found -> {
            loading.setVisible(false);
            show(a, b, tag, found);
            getElement().setAttribute("data-state", "loaded");
        }, failure -> {
            loading.setVisible(false);
            getElement().setAttribute("data-state", "failed");
            message.problem(failure instanceof IllegalArgumentException
                    ? "That is not a role Convene knows: " + failure.getMessage() + ". Pick two roles from the lists."
                    : "Could not find the bridges: " + failure.getMessage() + ". Check the database is running "
                    + "(see /actuator/health) and try again.");
        });
    }

    private void show(String a, String b, String tag, Found found) {
        // a full page says it shows the strongest, not all
        note.setText((found.moreAccounts() ? "The top " + ACCOUNTS + " accounts" : ValueFormat.count(found.accounts().size(), "account"))
                + " and " + (found.moreLinks() ? "the " + CLUSTER_LINKS + " strongest cluster links"
                        : ValueFormat.count(found.links().size(), "cluster link"))
                + " between " + Role.plural(a) + " and " + Role.plural(b)
                + (tag == null ? "" : "; the accounts among #" + tag + "'s people, the cluster links over the whole graph")
                + (found.moreAccounts() || found.moreLinks() ? "; there are more (all of them: the query library's "
                        + "bridges-between-roles on the Cypher page)" : ""));
        H3 head = new H3("Accounts that connect " + Role.plural(a) + " and " + Role.plural(b));
        accounts.add(head);
        if (found.accounts().isEmpty()) {
            Div empty = new Div();
            empty.addClassName("view-message");
            empty.setText((tag == null ? "No account" : "No account that posted with #" + tag) + " interacts with both "
                    + Role.one(a) + " and " + Role.one(b) + ". Try other roles" + (tag == null ? "" : " or every chat")
                    + ", import more chats, or correct roles that were missed (Roles page, Show: all accounts).");
            accounts.add(empty);
        }
        int rank = 1;
        for (RoleBridge bridge : found.shownAccounts()) accounts.add(BridgeCard.of(rank++, bridge, a, b));

        clusterLinks.add(new H3("Cluster-to-cluster bridges"));
        if (!found.state().analysed()) {
            clusterLinks.add(new AnalysisPrompt(analysis, "cluster bridges", () -> load(a, b, tag)));
        } else if (found.links().isEmpty()) {
            Div empty = new Div();
            empty.addClassName("view-message");
            empty.setText("No cluster with " + Role.plural(a) + " is linked to a cluster with " + Role.plural(b) + ".");
            clusterLinks.add(empty);
        }
        for (ClusterBridge link : found.shownLinks()) clusterLinks.add(BridgeCard.clusterLink(link, a, b));
    }

    private static String param(Map<String, List<String>> q, String name, String fallback) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? fallback : v.getFirst().strip().toLowerCase(Locale.ROOT);
    }
}
