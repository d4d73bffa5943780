package org.convene.ui.components;

import com.vaadin.flow.component.Component;
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
 * {@code data-node-count} / {@code data-edge-count}.
 */
@Tag("network-graph")
@JsModule("./network-graph.js")
@NpmPackage(value = "sigma", version = "3.0.3")
@NpmPackage(value = "graphology", version = "0.26.0")
@NpmPackage(value = "graphology-layout-forceatlas2", version = "0.10.1")
public class NetworkGraph extends Component implements HasSize, HasStyle {

    /**
     * Colours for groups in order; colour-blind-safe (Okabe–Ito, then Tol's muted for up to 13 groups, as in an
     * ego network by role), grey last for "mentioned only".
     */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#332288", "#882255", "#44AA99", "#999933", "#AA4499", "#117733");
    static final String GREY = "#9aa3ad";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public NetworkGraph() {
        getElement().setAttribute("aria-label", "Network of accounts and their interactions");
        getElement().setAttribute("role", "img");
    }

    public void show(Network network, String lastGroup) {
        show(network, lastGroup, null);
    }

    /**
     * @param labels a node's label by key, for graphs of more than accounts (a query's result); null to
     *               label each node with its {@code @handle}
     */
    public void show(Network network, String lastGroup, Map<String, String> labels) {
        var groups = new java.util.ArrayList<Map<String, Object>>();
        int i = 0;
        for (var g : network.groups()) {
            String color = g.name().equals(lastGroup) ? GREY : PALETTE.get(i++ % PALETTE.size());
            groups.add(Map.of("name", g.name(), "count", g.count(), "color", color));
        }
        Map<String, Object> payload = Map.of(
                "nodes", network.nodes().stream().map(n -> List.of(n.key(), n.handle() == null ? "" : n.handle(),
                        n.group(), n.degree(), labels == null ? "" : labels.getOrDefault(n.key(), ""))).toList(),
                "edges", network.edges().stream().map(e -> List.of(e.source(), e.target(), e.weight())).toList(),
                "groups", groups);
        getElement().callJsFunction("setGraph", JSON.writeValueAsString(payload));
    }
}
