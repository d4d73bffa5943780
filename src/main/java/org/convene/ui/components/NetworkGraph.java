package org.convene.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;
import org.convene.network.NetworkService.Network;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account network drawn with WebGL by sigma.js; ForceAtlas2 lays it out in a web worker so the page
 * stays responsive. When drawn, the element carries {@code data-state="drawn"} and
 * {@code data-node-count} / {@code data-edge-count}, and {@code data-layout="done"} once the layout has settled.
 */
@Tag("network-graph")
@JsModule("./network-graph.js")
@NpmPackage(value = "sigma", version = "3.0.3")
@NpmPackage(value = "graphology", version = "0.26.0")
@NpmPackage(value = "graphology-layout-forceatlas2", version = "0.10.1")
@NpmPackage(value = "@sigma/export-image", version = "3.0.0")
public class NetworkGraph extends Component implements HasSize, HasStyle {

    /**
     * Colours for groups in order; colour-blind-safe (Okabe–Ito, then Tol's muted for up to 13 groups, as in an
     * ego network by role), grey last for "mentioned only".
     */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#332288", "#882255", "#44AA99", "#999933", "#AA4499", "#117733");
    static final String GREY = "#9aa3ad";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the keys do, read out when the drawing takes the focus. */
    public static final String KEYS = "Arrow keys move to the nearest account in that direction, Page Down and Page Up "
            + "to the next or previous by influence; type a handle to jump to it; Enter opens the account, "
            + "then the arrows move among its neighbours; Escape clears; plus and minus zoom, 0 shows it all; Tab leaves the drawing.";

    public NetworkGraph() {
        getElement().setAttribute("aria-label", "Network of accounts and their interactions");
        getElement().setAttribute("role", "img");
    }

    /**
     * Makes the drawing operable by keyboard and screen reader: focusable with a focus ring, a cursor moved by
     * keys (see {@link #KEYS}) and read out in a live region as "@handle, note, N neighbours", Enter selecting
     * as a click does (a {@link NodeClickEvent}) and Escape clearing (a {@link ClearEvent}).
     */
    public void enableKeyboard(String name) {
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("keyboard", "");
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-roledescription", "network drawing");
        getElement().setAttribute("aria-label", name + ". " + KEYS);
    }

    public void show(Network network, String lastGroup) {
        show(network, lastGroup, null);
    }

    /**
     * @param labels a node's label by key, for graphs of more than accounts (a query's result); null to
     *               label each node with its {@code @handle}
     */
    public void show(Network network, String lastGroup, Map<String, String> labels) {
        Map<String, String> colors = new java.util.HashMap<>();
        int i = 0;
        for (var g : network.groups()) {
            colors.put(g.name(), g.name().equals(lastGroup) ? GREY : PALETTE.get(i++ % PALETTE.size()));
        }
        getElement().callJsFunction("setGraph", payload(network, colors, labels, Map.of()));
    }

    /** Draws a graph of more than accounts with the given colours and a label for each node by key. */
    public void showLabelled(Network network, Map<String, String> colors, Map<String, String> labels) {
        getElement().callJsFunction("setGraph", payload(network, colors, labels, Map.of()));
    }

    /** Draws the network with a colour chosen for each group (grey for groups without one). */
    public void show(Network network, Map<String, String> colors) {
        showNoted(network, colors, Map.of());
    }

    /** As {@link #show(Network, Map)}, with a note per node key (e.g. its role) read out with it by keyboard. */
    public void showNoted(Network network, Map<String, String> colors, Map<String, String> notes) {
        getElement().callJsFunction("setGraph", payload(network, colors, null, notes));
    }

    /** Adds these accounts and ties to what is drawn, new accounts placed around {@code near}. */
    public void add(Network more, Map<String, String> colors, String near, Map<String, String> notes) {
        getElement().callJsFunction("addGraph", payload(more, colors, null, notes), near);
    }

    /** Changes the note read out with a node (e.g. its corrected role). */
    public void note(String key, String note) {
        getElement().callJsFunction("setNodeNote", key, note);
    }

    /** Moves a drawn account to another group (e.g. its corrected role) with that group's colour; the legend counts again. */
    public void regroup(String key, String group, String color) {
        getElement().callJsFunction("setNodeGroup", key, group, color);
    }

    /**
     * Draws these accounts in full colour and the others pale and unlabelled, with a note under the legend;
     * an empty collection draws all alike. Kept across {@code show} calls until changed.
     */
    public void emphasise(java.util.Collection<String> keys, String note) {
        getElement().callJsFunction("setEmphasis", JSON.writeValueAsString(keys), note == null ? "" : note);
    }

    /** Names for groups in the legend and spoken descriptions, by group name (e.g. role keys to role words). */
    public void setGroupTitles(Map<String, String> titles) {
        getElement().setAttribute("group-titles", JSON.writeValueAsString(titles));
    }

    /** Centres on an account and fades the others; null clears. */
    public void highlight(String key) {
        getElement().callJsFunction("highlight", key);
    }

    /** Shows the whole drawing again, as Fit or the 0 key do. */
    public void fit() {
        getElement().callJsFunction("_fit");
    }

    /** Saves the current view as a PNG in the browser. */
    public void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", fileName);
    }

    public void addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
        addListener(NodeClickEvent.class, listener);
    }

    public void addClearListener(ComponentEventListener<ClearEvent> listener) {
        addListener(ClearEvent.class, listener);
    }

    /** Escape pressed on a selected account: the selection is cleared. */
    @DomEvent("selection-clear")
    public static class ClearEvent extends ComponentEvent<NetworkGraph> {
        public ClearEvent(NetworkGraph source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** A click on an account, or Enter on it: its key ("platform:id"). */
    @DomEvent("node-click")
    public static class NodeClickEvent extends ComponentEvent<NetworkGraph> {
        private final String key;

        public NodeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static String payload(Network network, Map<String, String> colors, Map<String, String> labels,
                                  Map<String, String> notes) {
        var groups = new java.util.ArrayList<Map<String, Object>>();
        for (var g : network.groups()) {
            groups.add(Map.of("name", g.name(), "count", g.count(), "color", colors.getOrDefault(g.name(), GREY)));
        }
        Map<String, Object> payload = Map.of(
                "nodes", network.nodes().stream().map(n -> List.of(n.key(), n.handle() == null ? "" : n.handle(),
                        n.group(), n.degree(), labels == null ? "" : labels.getOrDefault(n.key(), ""),
                        notes.getOrDefault(n.key(), ""))).toList(),
                "edges", network.edges().stream().map(e -> List.of(e.source(), e.target(), e.weight())).toList(),
                "groups", groups);
        return JSON.writeValueAsString(payload);
    }
}
