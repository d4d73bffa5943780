package org.convene.ui.mynetwork;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.roles.Role;
import org.convene.graph.AccountLookup;
import org.convene.suggest.EgoService;
import org.convene.suggest.Roles;
import org.convene.suggest.SuggestService;
import org.convene.ui.Background;
import org.convene.ui.components.Message;
import org.convene.ui.components.NetworkGraph;

/**
 * One account's network for a leader: its direct contacts drawn and counted by role, the roles they lack against
 * a chat's or the whole graph's mix, its strongest ties, and the contacts who could broker an introduction to a
 * target role. State in the URL: {@code /my-network?handle=h&platform=p&target=role&compare=chat}.
 */
@Route("my-network")
@PageTitle("My network · Convene")
@RolesAllowed("VIEWER")
@StyleSheet("invite.css")
public class MyNetworkView extends VerticalLayout implements BeforeEnterObserver {

    /** Direct contacts drawn at most, strongest ties first: more would hide the account in its own picture. */
    static final int DRAWN = 150;
    static final int SEARCH_LIMIT = 20;
    private static final String WHOLE_GRAPH = "";

    private final AccountLookup lookup;
    private final EgoService ego;
    private final ComboBox<AccountLookup.Ref> account = new ComboBox<>("Account");
    private final Select<String> compare = new Select<>();
    private final Select<String> target = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Message message = new Message("invite-message");
    private final NetworkGraph graph = new NetworkGraph();
    /** The drawn accounts' handles by node key, for opening one's own network from the drawing. */
    private final Map<String, String> handles = new java.util.HashMap<>();
    private final EgoPanel panel = new EgoPanel();
    private final HorizontalLayout body;
    private final Button png = new Button("PNG", e -> graph.exportPng("convene-my-network.png"));
    private boolean filling;

    public MyNetworkView(AccountLookup lookup, EgoService ego, SuggestService suggest) {
        this.lookup = lookup;
        this.ego = ego;
        setSizeFull();
        addClassName("my-network-view");

        account.setItems(q -> lookup.search(q.getFilter().orElse(""), Math.min(SEARCH_LIMIT, q.getOffset() + q.getLimit()))
                .stream().skip(q.getOffset()).limit(q.getLimit()));
        account.setItemLabelGenerator(r -> r.handle() == null ? AccountLookup.name(r)
                : "@" + r.handle() + (r.platform().equals("twitter") ? "" : " (" + r.platform() + ")"));
        account.setPlaceholder("Type a handle (or an id) to search");
        account.setWidth("18rem");
        account.addValueChangeListener(e -> { if (!filling && e.getValue() != null) navigate(); });

        List<String> chats = new ArrayList<>(List.of(WHOLE_GRAPH));
        suggest.chats().forEach(chats::add);
        compare.setLabel("Compare roles with");
        compare.setItems(chats);
        compare.setItemLabelGenerator(c -> c.isEmpty() ? "the whole graph" : "#" + c + "'s posters");
        compare.setValue(WHOLE_GRAPH);
        compare.addValueChangeListener(e -> { if (!filling) navigate(); });

        target.setLabel("Brokers to");
        target.setItems(Roles.KEYS.stream().filter(r -> !r.equals(Roles.UNKNOWN)).toList());
        target.setItemLabelGenerator(r -> r == null ? "pick a role" : Role.of(r).title());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption("pick a role");
        target.addValueChangeListener(e -> { if (!filling) navigate(); });

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("10rem");
        progress.getElement().setAttribute("aria-label", "Reading the network");
        status.addClassName("ego-status");
        status.getElement().setAttribute("role", "status");

        png.addClassName("export-png");
        png.getElement().setAttribute("aria-label", "Export PNG: save the drawing as an image");
        png.getElement().setAttribute("title", "Save the drawing as an image, e.g. for a slide");
        png.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(account, compare, target, png, progress, status);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        graph.addClassName("ego-graph");
        graph.setSizeFull();
        // choosing an account in the drawing (a click, or Enter on the keyboard cursor) opens its own network
        graph.addNodeClickListener(e -> {
            String handle = handles.get(e.key());
            if (handle != null) UI.getCurrent().navigate(link(handle, null, null));
        });
        body = new HorizontalLayout(graph, panel);
        body.setSizeFull();
        body.setFlexGrow(1, graph);
        body.addClassName("ego-body");
        body.setVisible(false);
        add(new H2("My network"), form, message);
        addAndExpand(body);
    }

    /** The address of an account's network, for links from other views. */
    public static String link(String handle, String platform, String targetRole) {
        StringBuilder s = new StringBuilder("my-network?handle=").append(encode(handle));
        if (platform != null) s.append("&platform=").append(encode(platform));
        if (targetRole != null) s.append("&target=").append(encode(targetRole));
        return s.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        String handle = first(q, "handle");
        String id = first(q, "id"); // an account without a handle, e.g. from an edge list
        String platform = first(q, "platform");
        String role = first(q, "target");
        String chat = first(q, "compare");
        filling = true;
        try {
            compare.setValue(chat != null && compare.getListDataView().contains(SuggestService.tag(chat))
                    ? SuggestService.tag(chat) : WHOLE_GRAPH);
            try {
                target.setValue(role == null || role.isBlank() ? null : Roles.parse(role));
            } catch (IllegalArgumentException e) {
                target.clear();
                message.problem(e.getMessage());
                return;
            }
            if ((handle == null || handle.isBlank()) && (id == null || id.isBlank())) {
                account.clear();
                body.setVisible(false);
                png.setVisible(false);
                status.setText("");
                message.info("Type the start of a handle and pick the account to see whom it reaches, by role.");
                return;
            }
        } finally {
            filling = false;
        }
        compute(event.getUI(), handle == null || handle.isBlank() ? null : handle, id, platform);
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> values = q.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void navigate() {
        AccountLookup.Ref ref = account.getValue();
        Map<String, String> params = new LinkedHashMap<>();
        if (ref != null) {
            if (ref.handle() != null) params.put("handle", ref.handle());
            else params.put("id", ref.id());
            params.put("platform", ref.platform());
        }
        if (target.getValue() != null) params.put("target", target.getValue());
        if (compare.getValue() != null && !compare.getValue().isEmpty()) params.put("compare", compare.getValue());
        getUI().ifPresent(ui -> ui.navigate("my-network", QueryParameters.simple(params)));
    }

    private record Loaded(AccountLookup.Ref ref, EgoService.EgoView view, EgoService.EgoNetwork network,
                          Map<String, Long> mix) {}

    private void compute(UI ui, String handle, String id, String platform) {
        String role = target.getValue();
        String chat = compare.getValue() == null || compare.getValue().isEmpty() ? null : compare.getValue();
        progress.setVisible(true);
        status.setText("Reading " + (handle != null ? "@" + handle.replaceFirst("^@", "") : "id " + id) + "'s network…");
        message.clear();
        Background.run(ui, () -> {
            AccountLookup.Ref ref = lookup.resolve(handle, id, platform == null || platform.isBlank() ? null : platform);
            return new Loaded(ref, ego.ego(ref.platform(), ref.id(), role), ego.network(ref.platform(), ref.id(), DRAWN),
                    ego.roleMix(chat));
        }, this::show, e -> {
            progress.setVisible(false);
            status.setText("");
            body.setVisible(false);
            png.setVisible(false);
            message.problem(e instanceof IllegalArgumentException ? e.getMessage() + ". Type the start of a handle and pick one "
                    + "from the list." : "The network could not be read: " + e.getMessage()
                    + ". Is the database running? Try again; the server log has the details.");
        });
    }

    private void show(Loaded l) {
        progress.setVisible(false);
        filling = true;
        account.setValue(l.ref());
        filling = false;
        EgoService.EgoView v = l.view();
        int drawnContacts = l.network().members().size() - 1;
        status.setText(String.format(java.util.Locale.UK, "%,d direct contacts%s, %,d two steps away", v.firstHop(),
                drawnContacts < v.firstHop() ? " (the " + drawnContacts + " strongest drawn)" : "", v.secondHop()));
        if (v.firstHop() == 0) {
            message.info(AccountLookup.name(l.ref()) + " has no interactions in the graph yet, so there is no network to show. "
                    + "Try an account that posts, replies or is mentioned in a chat.");
        }
        // explorable by keyboard as on the Network page: arrows move a cursor read out with each account's group
        var drawing = EgoDrawing.of(l.network());
        handles.clear();
        drawing.nodes().stream().filter(n -> n.handle() != null).forEach(n -> handles.put(n.key(), n.handle()));
        graph.enableKeyboard("Network of " + AccountLookup.name(l.ref()) + ": its contacts and theirs, coloured by role");
        graph.showNoted(drawing, EgoDrawing.colors(l.network()), drawing.nodes().stream()
                .filter(n -> n.group() != null).collect(java.util.stream.Collectors.toMap(
                        org.convene.network.NetworkService.Node::key, org.convene.network.NetworkService.Node::group, (a, b) -> a)));
        panel.show(v, EgoService.gaps(v, l.mix()), compare.getValue() == null || compare.getValue().isEmpty()
                ? "the whole graph" : "#" + compare.getValue() + "'s posters");
        body.setVisible(true);
        png.setVisible(v.firstHop() > 0);
    }


}
