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
    private final IntegerField days = new IntegerField("Keep posts from the last (days)");
    private final Button count = new Button("Count what would go");
    private final Button remove = new Button("Remove now…");
    private final Span result = new Span();

    RetentionPanel(RetentionService retention, int configuredDays) {
        this.retention = retention;
        setPadding(false);
        addClassName("retention-panel");
        Paragraph setting = new Paragraph(configuredDays > 0
                ? String.format(Locale.UK, "Retention is on: posts older than %d days are removed when Convene starts and "
                        + "once a day, with accounts left with nothing.", configuredDays)
                : "Retention is off: posts are kept until you remove them. To remove posts older than N days at start and "
                        + "daily, start Convene with --convene.retention.days=N (or CONVENE_RETENTION_DAYS=N).");
        setting.addClassName("retention-setting");
        days.setMin(1);
        days.setStepButtonsVisible(true);
        days.setValue(configuredDays > 0 ? configuredDays : 365);
        days.setWidth("16rem");
        days.addClassName("retention-days");
        count.addClassName("retention-count");
        count.addClickListener(e -> run(true));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClassName("retention-remove");
        remove.addClickListener(e -> confirm());
        result.addClassName("retention-result");
        result.getElement().setAttribute("role", "status");
        HorizontalLayout row = new HorizontalLayout(days, count, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Retention"), setting, row, result);
    }

    private Integer chosen() {
        Integer n = days.getValue();
        if (n == null || n < 1) {
            result.setText("Give a number of days, 1 or more.");
            return null;
        }
        return n;
    }

    private void confirm() {
        Integer n = chosen();
        if (n == null) return;
        ConfirmDialog dialog = new ConfirmDialog("Remove posts older than " + n + " days?",
                "Posts from before then go, with accounts left with nothing. This cannot be undone.",
                "Remove", e -> run(false), "Cancel", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("retention-confirm");
        Confirm.openCancelFocused(dialog);
    }

    private void run(boolean dryRun) {
        Integer n = chosen();
        if (n == null) return;
        result.setText(dryRun ? "Counting…" : "Removing…");
        count.setEnabled(false);
        remove.setEnabled(false);
        Background.run(UI.getCurrent(), () -> retention.apply(n, dryRun), r -> {
            count.setEnabled(true);
            remove.setEnabled(true);
            result.setText(String.format(Locale.UK, "%s %,d posts from before %s and %,d accounts left with nothing.",
                    r.dryRun() ? "Would remove" : "Removed", r.posts(), r.cutoff().toLocalDate(), r.accounts()));
        }, failed -> {
            count.setEnabled(true);
            remove.setEnabled(true);
            result.setText("Retention could not run: " + failed.getMessage() + ". Nothing was removed; try again.");
        });
    }
}
