package org.convene.ui.privacy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import org.convene.privacy.RetentionService;
import org.convene.ui.Background;
import org.convene.ui.components.Confirm;

/** The retention setting as configured, and a one-off run for a chosen number of days, counted first. */
class RetentionPanel extends VerticalLayout {

    private final RetentionService retention;
    private static final int MAX_DAYS = 36_500;
    private final IntegerField days = new IntegerField("Keep posts from the last (days)");
    private final Button count = new Button("Count what would go");
    private final Button remove = new Button("Remove now…");
    private final Span result = new Span();

    RetentionPanel(RetentionService retention, int configuredDays) {
        this.retention = retention;
        setPadding(false);
        addClassName("retention-panel");
        Paragraph setting = configuredDays > 0
                ? new Paragraph(String.format(Locale.UK, "Retention is on: posts older than %d days are removed when "
                        + "Convene starts and once a day, with accounts left with nothing.", configuredDays))
                : new Paragraph(new com.vaadin.flow.component.Text("Retention is off: posts are kept until you remove "
                        + "them. To remove posts older than N days at start and daily, start Convene with "),
                        whole("--convene.retention.days=N"), new com.vaadin.flow.component.Text(" (or "),
                        whole("CONVENE_RETENTION_DAYS=N"), new com.vaadin.flow.component.Text(")."));
        setting.addClassName("retention-setting");
        days.setMin(1);
        days.setMax(MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(configuredDays > 0 ? configuredDays : 365);
        days.setWidth("min(16rem, 100%)");
        days.addClassName("retention-days");
        count.addClassName("retention-count");
        count.addClickListener(e -> run(true));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClassName("retention-remove");
        remove.addClickListener(e -> countThenConfirm());
        result.addClassName("retention-result");
        result.getElement().setAttribute("role", "status");
        HorizontalLayout row = new HorizontalLayout(days, count, remove);
        row.setWrap(true);
        row.setWidthFull(); // a wrapping row sized to its content wraps too soon
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Retention"), setting, row, result);
    }

    private Integer chosen() {
        Integer n = days.getValue();
        if (n == null || n < 1 || n > MAX_DAYS) {
            result.setText(String.format(Locale.UK, "Give a whole number of days from 1 to %,d (a hundred years).", MAX_DAYS));
            return null;
        }
        return n;
    }

    /** Counts first, so the question names what would go. */
    private void countThenConfirm() {
        Integer n = chosen();
        if (n == null) return;
        apply(n, true, "count", r -> {
            result.setText("");
            confirm(n, r);
        });
    }

    private void confirm(int n, RetentionService.Result counted) {
        ConfirmDialog dialog = new ConfirmDialog("Remove posts older than " + n + " days?",
                "This removes " + counted.what() + ". It cannot be undone.", "Remove", e -> run(false), "Cancel", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("retention-confirm");
        Confirm.openCancelFocused(dialog);
    }

    private void run(boolean dryRun) {
        Integer n = chosen();
        if (n == null) return;
        apply(n, dryRun, "run", r -> result.setText((r.dryRun() ? "Would remove " : "Removed ") + r.what() + "."));
    }

    /** Runs retention off the UI thread, the buttons off meanwhile; {@code failedTo} names it in a failure. */
    private void apply(int n, boolean dryRun, String failedTo, java.util.function.Consumer<RetentionService.Result> done) {
        result.setText(dryRun ? "Counting…" : "Removing…");
        count.setEnabled(false);
        remove.setEnabled(false);
        Background.run(UI.getCurrent(), () -> retention.apply(n, dryRun), r -> {
            count.setEnabled(true);
            remove.setEnabled(true);
            done.accept(r);
        }, failed -> {
            count.setEnabled(true);
            remove.setEnabled(true);
            result.setText("Retention could not " + failedTo + ": " + failed.getMessage()
                    + ". Nothing was removed; try again.");
        });
    }

    /** An option as one unbroken piece: a line break after its "--" would hide how to type it. */
    private static com.vaadin.flow.component.html.Span whole(String option) {
        var span = new com.vaadin.flow.component.html.Span(option);
        span.getStyle().set("white-space", "nowrap");
        return span;
    }
}
