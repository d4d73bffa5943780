package org.convene.ui.roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.graph.ValueFormat;
import org.convene.roles.Role;
import org.convene.roles.RoleEvaluation;
import org.convene.roles.RoleEvaluation.Counts;
import org.convene.roles.RoleEvaluator;
import org.convene.roles.RoleLabel;
import org.convene.ui.components.Chart;

/** What a measure found: the summary, precision and recall per role as a chart and a table, and the differences. */
class MeasureResult extends VerticalLayout {

    private record Row(String role, Counts counts) {}

    MeasureResult() {
        setPadding(false);
        addClassName("measure-result");
        setVisible(false);
    }

    void show(String file, RoleEvaluator.Result r) {
        removeAll();
        RoleEvaluation e = r.evaluation();
        Counts all = e.overall();
        Paragraph summary = new Paragraph(String.format(Locale.UK,
                "%s: %,d accounts scored. Over all roles but unknown, precision %s (of the %,d labels the rules gave, "
                        + "the share you gave too) and recall %s (of your %,d labels, the share the rules found).",
                file, e.accounts(), figure(all.precision()), all.bothGave() + all.onlyRules(), figure(all.recall()),
                all.bothGave() + all.onlyPerson()) + notes(r));
        summary.addClassName("measure-summary");
        summary.getElement().setAttribute("data-accounts", String.valueOf(e.accounts()));
        summary.getElement().setAttribute("data-not-found", String.valueOf(r.notFound().size()));
        summary.getElement().setAttribute("role", "status");
        add(new H3("How the rules did"), summary);
        if (e.accounts() == 0) {
            setVisible(true);
            return;
        }

        List<Row> rows = new ArrayList<>();
        e.perRole().forEach((role, c) -> rows.add(new Row(role.key(), c)));
        List<Row> scored = rows.stream().filter(x -> !x.role().equals(Role.UNKNOWN.key())).toList();
        Chart chart = new Chart(Chart.Type.HORIZONTAL_BAR, "Precision and recall of the rules per role, against your labels");
        chart.addClassName("measure-chart");
        chart.setWidthFull();
        chart.setHeight(Math.max(8, 2 + 2 * scored.size()) + "rem");
        chart.show(scored.stream().map(Row::role).toList(), List.of(
                new Chart.Series("precision", scored.stream().map(x -> barOrGap(x.counts().precision())).toList()),
                new Chart.Series("recall", scored.stream().map(x -> barOrGap(x.counts().recall())).toList())));

        rows.add(new Row("all roles (not unknown)", all));
        Grid<Row> perRole = new Grid<>();
        perRole.addClassName("measure-roles");
        perRole.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        perRole.addColumn(Row::role).setHeader("Role").setAutoWidth(true);
        perRole.addColumn(x -> x.counts().bothGave() + x.counts().onlyPerson()).setHeader("You").setAutoWidth(true);
        perRole.addColumn(x -> x.counts().bothGave() + x.counts().onlyRules()).setHeader("Rules").setAutoWidth(true);
        perRole.addColumn(x -> figure(x.counts().precision())).setHeader("Precision").setAutoWidth(true);
        perRole.addColumn(x -> figure(x.counts().recall())).setHeader("Recall").setAutoWidth(true);
        perRole.addColumn(x -> x.counts().bothGave()).setHeader("Both").setAutoWidth(true);
        perRole.addColumn(x -> x.counts().onlyRules()).setHeader("Only the rules").setAutoWidth(true);
        perRole.addColumn(x -> x.counts().onlyPerson()).setHeader("Only you").setAutoWidth(true);
        perRole.setItems(rows);
        perRole.setAllRowsVisible(true);
        add(chart, perRole);

        Grid<RoleEvaluation.Difference> differences = new Grid<>();
        differences.addClassName("measure-differences");
        differences.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        differences.addColumn(d -> "@" + d.handle()).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        differences.addColumn(d -> d.person().stream().map(Role::key).collect(Collectors.joining(", ")))
                .setHeader("You").setAutoWidth(true).setFlexGrow(0);
        differences.addColumn(d -> d.rules().stream().map(MeasureResult::withEvidence).collect(Collectors.joining("; ")))
                .setHeader("Rules (matched words)").setFlexGrow(1);
        differences.addColumn(d -> d.bio() == null ? "" : d.bio().replaceAll("\\s+", " ")).setHeader("Bio").setFlexGrow(2);
        differences.setItems(e.differences());
        differences.setEmptyStateText("None: the rules agree with you on every account.");
        if (e.differences().size() <= 20) differences.setAllRowsVisible(true); else differences.setHeight("32rem");
        Paragraph why = new Paragraph("Each account where you and the rules differ, with the words the rules "
                + "matched: what to change in the dictionary, or what to correct in the review queue.");
        why.addClassName("hint");
        add(new H3(String.format(Locale.UK, "Differences (%,d)", e.differences().size())), why, differences);
        setVisible(true);
    }

    private static String notes(RoleEvaluator.Result r) {
        StringBuilder s = new StringBuilder();
        if (r.unlabelled() > 0) {
            s.append(' ').append(ValueFormat.count(r.unlabelled(), "row without roles was", "rows without roles were")).append(" skipped.");
        }
        if (!r.notFound().isEmpty()) {
            s.append(' ').append(ValueFormat.count(r.notFound().size(), "labelled account is", "labelled accounts are"))
                    .append(" not in the graph: ").append(String.join(", ", r.notFound().subList(0, Math.min(20, r.notFound().size()))))
                    .append(r.notFound().size() > 20 ? ", …" : "").append('.');
        }
        if (!r.rejected().isEmpty()) {
            s.append(' ').append(ValueFormat.count(r.rejected().size(), "line was", "lines were")).append(" set aside: ");
            s.append(r.rejected().stream().limit(10).map(x -> "line " + x.line() + ", " + x.reason())
                    .collect(Collectors.joining("; "))).append(r.rejected().size() > 10 ? "; …" : "").append('.');
        }
        return s.toString();
    }

    private static String withEvidence(RoleLabel l) {
        return l.evidence().isEmpty() ? l.key() : l.key() + " (" + String.join(", ", l.evidence()) + ")";
    }

    static String figure(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.UK, "%.2f", v);
    }

    /** No bar where a figure cannot be computed (no labels on that side), rather than a misleading zero. */
    private static Double barOrGap(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 100) / 100.0;
    }

}
