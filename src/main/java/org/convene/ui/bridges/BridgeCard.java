package org.convene.ui.bridges;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.bridges.ClusterBridge;
import org.convene.bridges.RoleBridge;
import org.convene.graph.AccountLookup;
import org.convene.graph.ValueFormat;
import org.convene.roles.Role;
import org.convene.ui.components.RoleMixBar;

/** One bridging account with its evidence, and one cluster-to-cluster link; post text is shown as text only. */
final class BridgeCard {

    private BridgeCard() {}

    static Div of(int rank, RoleBridge b, String roleA, String roleB) {
        Div card = new Div();
        card.addClassName("bridge-card");
        card.getElement().setAttribute("data-handle", b.handle() == null ? "" : b.handle());
        Span number = new Span(rank + ".");
        number.addClassName("bridge-rank");
        Span title = new Span(account(b.handle()));
        title.addClassName("card-title");
        Span figures = new Span(ValueFormat.count(b.paths(), "path") + " · brokerage " + b.brokerage());
        figures.addClassName("card-size");
        Div head = new Div(number, title, RoleMixBar.chip(b.role()), figures);
        head.addClassName("card-head");
        Paragraph why = new Paragraph(b.why(roleA, roleB));
        why.addClassName("card-why");
        why.addClassName("bridge-why");
        Div sides = new Div(side(roleA, b.partnersA(), b.sideA(), "a"), side(roleB, b.partnersB(), b.sideB(), "b"));
        sides.addClassName("bridge-sides");
        card.add(head, why, sides);
        return card;
    }

    private static Div side(String role, long total, List<RoleBridge.Partner> partners, String which) {
        Div side = new Div();
        side.addClassName("bridge-side");
        side.getElement().setAttribute("data-side", which);
        H4 head = new H4(String.format(Locale.UK, "%s: %d%s", Role.plural(role), total,
                total > partners.size() ? ", strongest " + partners.size() : ""));
        side.add(head);
        for (RoleBridge.Partner p : partners) {
            Div row = new Div();
            row.addClassName("partner");
            row.getElement().setAttribute("data-handle", p.handle() == null ? "" : p.handle());
            // a partner counted here through a second role says its first: "(researcher, also executive)"
            String also = p.role() == null || p.role().equals(role) ? ""
                    : " (" + Role.word(p.role()) + ", also " + Role.word(role) + ")";
            Span weight = new Span(also + " · " + ValueFormat.count(Math.round(p.weight()), "interaction"));
            weight.addClassName("muted");
            weight.addClassName("partner-weight");
            if (p.posts().isEmpty()) {
                row.add(account(p.handle()), weight);
            } else {
                Div posts = new Div();
                for (RoleBridge.Post post : p.posts()) {
                    Span at = new Span(post.at() == null ? "" : post.at().substring(0, Math.min(10, post.at().length())));
                    at.addClassName("muted");
                    Paragraph line = new Paragraph(at, new Span(" " + (post.text() == null ? "(no text)" : post.text())));
                    if (post.ref() != null && post.ref().startsWith("http")) {
                        Anchor open = new Anchor(post.ref(), "open post");
                        open.setTarget("_blank");
                        open.getElement().setAttribute("rel", "noopener noreferrer");
                        line.add(new Span(" "), open);
                    }
                    line.addClassName("partner-post");
                    posts.add(line);
                }
                // the account link stays outside the summary: a link inside the summary's button would nest controls
                // named with its partner: a screen reader lists dozens of these toggles, "3 posts" alone says nothing
                Span whose = new Span(" with " + AccountLookup.name(p.handle()));
                whose.addClassName("visually-hidden");
                Details details = new Details(new Span(new Span(ValueFormat.count(p.posts().size(), "post")), whose), posts);
                row.add(account(p.handle()), weight, details);
            }
            side.add(row);
        }
        return side;
    }

    static Div clusterLink(ClusterBridge l, String roleA, String roleB) {
        Div row = new Div();
        row.addClassName("cluster-bridge");
        row.add(new Paragraph(cluster(l.fromId(), l.fromLabel()), new Span(" " + counts(l.fromSize(), l.fromRoles()))));
        row.add(new Paragraph(new Span("⇄ "), cluster(l.toId(), l.toLabel()), new Span(" " + counts(l.toSize(), l.toRoles()))));
        Paragraph through = new Paragraph(new Span(ValueFormat.count(Math.round(l.weight()), "interaction") + "; "
                + ValueFormat.count(l.linkers(), "member links", "members link") + " them; through "));
        l.accounts().forEach(a -> through.add(account(a), new Span(" ")));
        through.addClassName("muted");
        row.add(through);
        return row;
    }

    private static String counts(long size, Map<String, Long> roles) {
        return "(" + size + " members: " + String.join(", ", roles.entrySet().stream()
                .map(e -> Role.count(e.getValue(), e.getKey())).toList()) + ")";
    }

    private static Anchor cluster(long id, String label) {
        Anchor a = new Anchor("clusters?cluster=" + id, label == null ? "cluster " + id : label);
        a.addClassName("cluster-ref");
        return a;
    }

    /** A link to an account's network: {@code handleOrKey} is a handle, or platform:id for one without a handle. */
    static Anchor account(String handleOrKey) {
        String name = handleOrKey == null ? "" : handleOrKey;
        int colon = name.indexOf(':'); // handles have no colon
        String query = colon < 0 ? "handle=" + encode(name)
                : "platform=" + encode(name.substring(0, colon)) + "&id=" + encode(name.substring(colon + 1));
        Anchor a = new Anchor("my-network?" + query, name.isEmpty() ? "@" : AccountLookup.name(name));
        a.addClassName("account-link");
        return a;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
