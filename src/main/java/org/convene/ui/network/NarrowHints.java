package org.convene.ui.network;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.network.NetworkService.ClusterChoice;
import org.convene.network.Selection;

/**
 * Links that make a drawing say more when it says little: on a large graph the view draws only the most
 * influential accounts (a disc of hubs), so it offers the largest clusters that fit whole; where most accounts
 * have no known role (no bio, as in an edge list) colour by role is mostly grey, so it offers colour by cluster.
 */
class NarrowHints extends Paragraph {

    /**
     * Colour by cluster is offered when at least this share of the drawn accounts has no role: an edge list
     * (higgs: all of them). The demo's 62% still colours well by role.
     */
    static final double MOSTLY_UNKNOWN = 0.9;
    private static final int CLUSTERS = 3;

    NarrowHints() {
        addClassName("network-hints");
        setVisible(false);
    }

    /**
     * @param params   the view's query parameters now; each link changes one of them
     * @param clusters every cluster, largest first
     */
    void show(Selection s, boolean byRole, Map<String, List<String>> params, List<ClusterChoice> clusters, int maxAccounts) {
        removeAll();
        if (s.capped() && !params.containsKey("cluster")) {
            List<ClusterChoice> fit = clusters.stream().filter(c -> c.size() <= maxAccounts && c.size() > 1)
                    .limit(CLUSTERS).toList();
            if (!fit.isEmpty()) {
                add(new Span("Too many to draw at once: narrow to one of the largest clusters, "));
                for (int i = 0; i < fit.size(); i++) {
                    ClusterChoice c = fit.get(i);
                    if (i > 0) add(new Span(i == fit.size() - 1 ? " or " : ", "));
                    add(link(params, "cluster", String.valueOf(c.id()), String.format(Locale.UK, "%s (%,d accounts)",
                            c.label().isBlank() ? "cluster " + c.id() : c.label(), c.size())));
                }
                add(new Span(", or pick a chat, a role or a period above. "));
            }
        }
        long unknown = s.accounts().stream().filter(a -> a.role() == null || "unknown".equals(a.role())).count();
        if (byRole && s.accounts().size() >= 20 && unknown >= MOSTLY_UNKNOWN * s.accounts().size()) {
            add(new Span(String.format(Locale.UK, "%d%% of the accounts drawn have no known role (most have no bio "
                    + "in the data), so they are grey: ", (long) Math.floor(100.0 * unknown / s.accounts().size()))));
            add(link(params, "colour", "cluster", "colour by cluster"));
            add(new Span(" shows their groups."));
        }
        setVisible(getComponentCount() > 0);
    }

    /** A link to this view with one parameter set; the account opened is not carried over. */
    private static Anchor link(Map<String, List<String>> params, String name, String value, String text) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.remove("focus");
        next.put(name, List.of(value));
        Anchor a = new Anchor("network?" + new QueryParameters(next).getQueryString(), text);
        a.addClassName("hint-" + name);
        return a;
    }
}
