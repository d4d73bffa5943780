package org.convene.ui.clusters;

import org.convene.graph.AccountLookup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.convene.bridges.ClusterSummary;
import org.convene.graph.ValueFormat;
import org.convene.ui.components.RoleMixBar;

/** The chosen cluster in full: how its label was made, its role mix as numbers, its links and brokers. */
final class ClusterDetail {

    private ClusterDetail() {}

    static Div of(ClusterSummary c) {
        Div d = new Div();
        d.addClassName("cluster-detail-content");
        d.getElement().setAttribute("data-cluster", Long.toString(c.id()));
        H3 title = new H3(c.label());
        Paragraph reason = new Paragraph("Label: " + c.labelReason());
        reason.addClassName("view-note");
        Paragraph figures = new Paragraph(String.format(Locale.UK,
                "Cluster %d · %,d members · density %s · linked to %d other clusters (%,.0f interactions across)",
                c.id(), c.size(), ClustersView.density(c.density()), c.linked(), c.across()));
        figures.addClassName("card-line");
        figures.getStyle().set("white-space", "normal");
        d.add(title, reason, figures, new Paragraph(ClustersView.networkLink(c.id())));
        if (c.isBridging()) {
            d.add(new H4("Why it bridges"));
            c.bridgingReasons().forEach(r -> {
                Paragraph p = new Paragraph(r);
                p.addClassName("card-why");
                d.add(p);
            });
        }

        d.add(new H4("Role mix"), new RoleMixBar(ClustersView.mix(c)));
        Div table = new Div();
        table.addClassName("mix-rows");
        for (var rc : ClustersView.mix(c).entrySet()) {
            Div row = new Div(RoleMixBar.chip(rc.getKey()), new Span(String.format(Locale.UK, " %d (%.0f%%)",
                    rc.getValue(), 100.0 * rc.getValue() / Math.max(1, c.size()))));
            row.addClassName("link-row");
            table.add(row);
        }
        d.add(table);

        d.add(new H4("Top accounts (PageRank)"));
        Div accounts = new Div();
        for (String a : c.topAccounts()) {
            Anchor link = new Anchor(ClustersView.accountLink(a), AccountLookup.name(a));
            accounts.add(link, new Span(" "));
        }
        d.add(accounts);
        d.add(ClustersView.line("Hashtags", String.join(" ", c.topHashtags().stream().map(t -> "#" + t).toList())));
        d.add(ClustersView.line("Words", String.join(", ", c.topWords())));

        d.add(new H4("Linked clusters"));
        if (c.links().isEmpty()) d.add(new Paragraph("No interactions with other clusters."));
        for (ClusterSummary.Link l : c.links()) {
            Anchor to = new Anchor("clusters?cluster=" + l.id(), l.label() == null ? "cluster " + l.id() : l.label());
            Paragraph row = new Paragraph(to, new Span(" · mostly " + l.mainRole() + " · "
                    + ValueFormat.count(Math.round(l.weight()), "interaction") + ", "
                    + ValueFormat.count(l.linkers(), "member links", "members link") + " · through "
                    + String.join(", ", l.accounts().stream().map(AccountLookup::name).toList())));
            row.addClassName("link-row");
            row.addClassName("cluster-link");
            d.add(row);
        }
        if (!c.brokers().isEmpty()) {
            d.add(new H4("Members who broker between roles"));
            for (ClusterSummary.Broker b : c.brokers()) {
                Paragraph row = new Paragraph(new Anchor(ClustersView.accountLink(b.handle()), AccountLookup.name(b.handle())),
                        new Span(String.format(Locale.UK, " (%s) connects %d pairs of partners of different roles "
                                + "who do not talk directly", org.convene.roles.Role.word(b.role()), b.brokerage())));
                row.addClassName("link-row");
                d.add(row);
            }
        }
        return d;
    }
}
