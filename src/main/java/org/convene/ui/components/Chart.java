package org.convene.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar or line chart drawn by Chart.js. Data goes over as JSON; colours are colour-blind-safe (Okabe–Ito).
 * Screen readers get the {@code aria-label} and a visually hidden table of the same figures. When drawn,
 * the element carries {@code data-state="drawn"} and {@code data-points} (values in all series).
 */
@Tag("convene-chart")
@JsModule("./convene-chart.js")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class Chart extends Component implements HasSize, HasStyle {

    /** Okabe–Ito, in the order series take them. */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Type { BAR, HORIZONTAL_BAR, STACKED_BAR, LINE }

    /** One series; {@code colors} null for the series' palette colour, or one colour per value. */
    public record Series(String label, List<? extends Number> values, List<String> colors) {
        public Series(String label, List<? extends Number> values) {
            this(label, values, null);
        }
    }

    private final Type type;

    public Chart(Type type, String description) {
        this.type = type;
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    /** Draws (or redraws) the chart; {@code labels} name the categories along the axis. */
    public void show(List<String> labels, List<Series> series) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", s.label());
            d.put("data", s.values());
            d.put("color", s.colors() != null ? s.colors() : PALETTE.get(i % PALETTE.size()));
            datasets.add(d);
        }
        Map<String, Object> payload = Map.of("type", type.name().toLowerCase(java.util.Locale.ROOT),
                "labels", labels, "datasets", datasets);
        getElement().callJsFunction("setChart", JSON.writeValueAsString(payload));
    }
}
