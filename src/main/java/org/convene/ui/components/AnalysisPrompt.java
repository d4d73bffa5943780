package org.convene.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import org.convene.analysis.AnalysisOptions;
import org.convene.analysis.AnalysisProgress;
import org.convene.analysis.AnalysisService;
import org.convene.ui.Access;
import org.convene.ui.Background;

/**
 * What the Clusters and Bridges views show before any analysis has run: what is missing, the command that makes
 * it, and for analysts a button that runs the analysis in the background with its progress.
 */
public class AnalysisPrompt extends Div {

    public AnalysisPrompt(AnalysisService analysis, String what, Runnable whenDone) {
        addClassName("view-message");
        addClassName("analysis-prompt");
        Paragraph text = new Paragraph("No analysis has run on this graph yet, so there are no " + what + " to show. "
                + "Run 'convene analyze' on the command line (with the server stopped, or pointed at it with --uri), "
                + "or start it here.");
        add(text);
        if (!Access.has("ANALYST")) {
            add(new Paragraph("Ask an analyst or administrator to run the analysis."));
            return;
        }
        Button start = new Button("Run the analysis");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("run-analysis");
        ProgressBar bar = new ProgressBar(0, 1);
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "Analysis progress");
        Span status = new Span();
        status.getElement().setAttribute("role", "status");
        add(start, bar, status);
        start.addClickListener(e -> {
            UI ui = UI.getCurrent();
            start.setEnabled(false);
            bar.setVisible(true);
            status.setText("Starting…");
            AnalysisProgress progress = new AnalysisProgress() {
                public void started(int step, int steps, String name) {
                    ui.access(() -> {
                        bar.setValue((step - 1) / (double) steps);
                        status.setText(String.format(Locale.UK, "Step %d of %d: %s", step, steps, name));
                    });
                }

                public void finished(int step, int steps, String name, String detail, long millis) {
                    ui.access(() -> bar.setValue(step / (double) steps));
                }
            };
            Background.run(ui, () -> analysis.run(AnalysisOptions.defaults(), progress), result -> {
                status.setText(String.format(Locale.UK, "Done in %.1f s.", result.millis() / 1000.0));
                whenDone.run();
            }, failure -> {
                start.setEnabled(true);
                bar.setVisible(false);
                status.setText("The analysis failed: " + failure.getMessage()
                        + ". Check that Graph Data Science is available (see /actuator/health) and try again.");
            });
        });
    }
}
