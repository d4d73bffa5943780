package org.convene.ui.roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.convene.roles.RoleDictionary;
import org.convene.roles.RoleDictionary.Rule;

/** The rules the labeller uses, as the dictionary file has them, with a filter over every column. */
class DictionaryPanel extends VerticalLayout {

    private final TextField filter = new TextField("Filter rules");
    private final Span shown = new Span();
    private final GridListDataView<Rule> rows;

    DictionaryPanel(RoleDictionary dictionary, Runnable filterChanged) {
        setSizeFull();
        setPadding(false);
        addClassName("dictionary-panel");
        Paragraph about = new Paragraph(String.format(Locale.UK, "%s: %,d rules. A rule's weight is its confidence "
                + "on its own; several rules of one role combine as 1 − Π(1 − w), and a role needs %.2f. Traps are "
                + "blanked out before a role's rules run; not-before / not-after cancel a match beside them. "
                + "To change the rules, download this file, edit it and start Convene with "
                + "--convene.roles.dictionary=PATH (then run the analysis again).",
                dictionary.name(), dictionary.size(), dictionary.threshold()));
        about.addClassName("hint");

        Grid<Rule> grid = new Grid<>();
        grid.addClassName("dictionary-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Rule::role).setHeader("Role").setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Rule::kind).setHeader("Kind").setSortable(true).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(Rule::pattern).setHeader("Words or pattern").setFlexGrow(2).setTooltipGenerator(Rule::pattern);
        grid.addColumn(r -> r.weight() > 0 ? String.format(Locale.UK, "%.2f", r.weight()) : "–").setHeader("Weight")
                .setComparator(Rule::weight).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(Rule::note).setHeader("Note").setFlexGrow(2).setTooltipGenerator(Rule::note);
        grid.addColumn(Rule::line).setHeader("Line").setSortable(true).setWidth("5.5rem").setFlexGrow(0);
        rows = grid.setItems(dictionary.rules());
        rows.setFilter(r -> matches(r, filter.getValue()));

        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setPlaceholder("nurse, negation, matron…");
        filter.setWidth("22rem");
        filter.addClassName("rule-filter");
        filter.addValueChangeListener(e -> {
            rows.refreshAll();
            updateShown();
            if (e.isFromClient()) filterChanged.run();
        });
        shown.addClassName("rule-count");
        HorizontalLayout top = new HorizontalLayout(filter, shown);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = source(dictionary.name());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "role-dictionary.csv", "text/csv", bytes.length);
        }), "Download this dictionary (CSV)");
        download.addClassName("download-dictionary");
        download.getElement().setAttribute("download", "role-dictionary.csv");
        add(top, about, download);
        addAndExpand(grid);
        updateShown();
    }

    String filter() {
        return filter.getValue();
    }

    void setFilter(String text) {
        if (!filter.getValue().equals(text)) filter.setValue(text);
    }

    private void updateShown() {
        int n = rows.getItemCount();
        shown.setText(String.format(Locale.UK, "%,d %s", n, n == 1 ? "rule" : "rules"));
        shown.getElement().setAttribute("data-count", Integer.toString(n));
    }

    /** Every word of the filter must occur in the rule's role, kind, pattern or note (any case). */
    static boolean matches(Rule rule, String filter) {
        String text = (rule.role() + " " + rule.kind() + " " + rule.pattern() + " " + rule.note()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) return false;
        }
        return true;
    }

    /** The dictionary's text: the user's file when one is set, else the one in the jar. */
    private static byte[] source(String name) {
        try {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) return Files.readAllBytes(file);
            try (InputStream in = RoleDictionary.class.getClassLoader().getResourceAsStream(RoleDictionary.BUNDLED)) {
                return in == null ? new byte[0] : in.readAllBytes();
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UncheckedIOException(new IOException("cannot read the dictionary " + name, e));
        }
    }
}
