package org.convene.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import java.util.function.Consumer;
import org.convene.analysis.AnalysisOptions;
import org.convene.analysis.AnalysisProgress;
import org.convene.analysis.AnalysisService;
import org.convene.ui.Background;

/**
 * Runs the analysis (roles, communities, influence, bridges) in the background and shows its progress, step by
 * step. When it ends the element carries {@code data-state="done"} or {@code "failed"}.
 */
public class AnalysisRunner extends Div {

    private final AnalysisService analysis;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();

    public AnalysisRunner(AnalysisService analysis) {
        this.analysis = analysis;
        addClassName("analysis-runner");
        bar.setVisible(false);
        bar.setWidth("min(32rem, 100%)");
        bar.getElement().setAttribute("aria-label", "Analysis progress");
        status.getElement().setAttribute("role", "status");
        add(bar, status);
    }

    /** Starts it; {@code ended} gets whether it succeeded, on the UI thread. */
    public void start(UI ui, Consumer<Boolean> ended) {
        getElement().setAttribute("data-state", "running");
        bar.setValue(0);
        bar.setVisible(true);
        status.setText("Starting the analysis…");
        AnalysisProgress progress = new AnalysisProgress() {
            public void started(int step, int steps, String name) {
                Background.show(ui, () -> {
                    bar.setValue((step - 1) / (double) steps);
                    status.setText(String.format(Locale.UK, "Analysis, step %d of %d: %s", step, steps, name));
                });
            }

            public void finished(int step, int steps, String name, String detail, long millis) {
                Background.show(ui, () -> bar.setValue(step / (double) steps));
            }
        };
        Background.run(ui, () -> analysis.run(AnalysisOptions.defaults(), progress), result -> {
            bar.setValue(1);
            status.setText(String.format(Locale.UK, "Analysis done in %.1f s: roles, clusters, influence and bridges "
                    + "are up to date.", result.millis() / 1000.0));
            getElement().setAttribute("data-state", "done");
            ended.accept(true);
        }, failure -> {
            bar.setVisible(false);
            status.setText("The analysis failed: " + failure.getMessage()
                    + ". Check that Graph Data Science is available (see /actuator/health) and try again.");
            getElement().setAttribute("data-state", "failed");
            ended.accept(false);
        });
    }
}
