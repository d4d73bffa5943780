package org.convene.ui.cypher;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.convene.cypher.CellText;
import org.convene.cypher.CypherResult;

/** Beside the result's drawing: the labels and every property of the node last clicked, as text. */
final class NodeInfo extends VerticalLayout {

    /** Told when the panel is closed (the drawing then shows all again). */
    private final Runnable closed;

    NodeInfo(Runnable closed) {
        this.closed = closed;
        addClassName("node-info");
        setPadding(false);
        setSpacing(false);
        setWidth("20rem");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Selected node");
        setVisible(false);
    }

    /** Six significant digits: a score's noise digits help no reader (the table and the CSV keep them all). */
    static String rounded(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    void show(CypherResult.GraphNode node) {
        removeAll();
        Button close = new Button("Close", e -> {
            setVisible(false);
            closed.run();
        });
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        close.addClassName("close-node-info");
        H3 title = new H3(node.caption());
        Span labels = new Span(node.labels().stream().map(l -> ":" + l).collect(Collectors.joining()));
        labels.addClassName("node-labels");
        add(close, title, labels);
        if (node.properties().isEmpty()) add(new Span("No properties."));
        node.properties().forEach((key, value) -> {
            Div row = new Div(new Span(key + ": "), new Span(value instanceof Double d ? rounded(d) : CellText.of(value)));
            row.addClassName("node-property");
            add(row);
        });
        setVisible(true);
    }
}
