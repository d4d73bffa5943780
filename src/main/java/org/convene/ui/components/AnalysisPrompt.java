package org.convene.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.convene.analysis.AnalysisService;
import org.convene.ui.Access;

/**
 * What the Clusters and Bridges views show before any analysis has run: what is missing, the command that makes
 * it, and for analysts a button that runs the analysis in the background with its progress.
 */
public class AnalysisPrompt extends Div {

    public AnalysisPrompt(AnalysisService analysis, String what, Runnable whenDone) {
        addClassName("view-message");
        addClassName("analysis-prompt");
        Paragraph text = new Paragraph("No analysis has run on this graph yet, so there are no " + what + " to show. "
                + "The analysis labels roles and finds clusters, influence and bridges: it takes seconds for a few "
                + "thousand accounts. (On the command line: 'convene analyze'.)");
        add(text);
        if (!Access.has("ANALYST")) {
            add(new Paragraph("Ask an analyst or administrator to run the analysis."));
            return;
        }
        Button start = new Button("Run the analysis");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("run-analysis");
        AnalysisRunner runner = new AnalysisRunner(analysis);
        add(start, runner);
        start.addClickListener(e -> {
            start.setEnabled(false);
            runner.start(UI.getCurrent(), ok -> {
                if (ok) whenDone.run(); else start.setEnabled(true);
            });
        });
    }
}
