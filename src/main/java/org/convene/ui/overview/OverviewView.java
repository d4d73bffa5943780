package org.convene.ui.overview;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.convene.graph.GdsStatus;
import org.convene.network.NetworkService;
import org.convene.ui.components.NetworkGraph;

/** The first screen: what the graph holds, and the network itself. */
@Route("")
@PageTitle("Overview · Convene")
@RolesAllowed("VIEWER")
public class OverviewView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public OverviewView(NetworkService network, GdsStatus gds) {
        setSizeFull();
        setPadding(true);
        addClassName("overview");
        NetworkService.Counts counts = network.counts();

        H1 title = new H1("Convene");
        title.addClassName("brand");
        Span subtitle = new Span(counts.chatTags().isEmpty() ? "No chats followed yet"
                : "Chats: " + String.join(", ", counts.chatTags().stream().map(t -> "#" + t).toList()));
        subtitle.addClassName("subtitle");
        HorizontalLayout header = new HorizontalLayout(title, subtitle);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout figures = new HorizontalLayout(
                figure("accounts", counts.accounts()), figure("posts", counts.posts()),
                figure("interactions", counts.interactions()), figure("hashtags", counts.hashtags()),
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
            Paragraph empty = new Paragraph("The graph is empty. Import a chat archive with "
                    + "'convene import FILE' to see its network here.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        NetworkGraph graph = new NetworkGraph();
        graph.setWidthFull();
        graph.addClassName("network");
        graph.show(network.network(), NetworkService.NONE);
        addAndExpand(graph);
    }

    private static Div figure(String label, long value) {
        Div box = new Div(new Span(String.format(Locale.UK, "%,d", value)), new Span(label));
        box.addClassName("figure");
        box.getElement().setAttribute("data-figure", label);
        return box;
    }

    private static Div period(NetworkService.Counts counts) {
        String text = counts.first() == null ? "–"
                : DAY.format(counts.first()) + " – " + DAY.format(counts.last());
        Div box = new Div(new Span(text), new Span("period"));
        box.addClassName("figure");
        return box;
    }
}
