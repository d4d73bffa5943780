package org.convene.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.convene.analysis.AnalysisService;
import org.convene.graph.ValueFormat;
import org.convene.privacy.DemoRemoval;
import org.convene.ui.Background;
import org.convene.ui.components.AnalysisRunner;
import org.convene.ui.components.Confirm;
import org.convene.ui.components.Message;

/**
 * The demo loaded on the first start, and a way to take it out once the user's own chats are in: otherwise its
 * accounts fill the role mix, the influencers, the review queue and the clusters beside hers.
 */
class DemoPanel extends Div {

    private final DemoRemoval demo;
    private final AnalysisService analysis;
    private final Button remove = new Button("Remove the demo");
    private final Message message = new Message("demo-message");
    private final Paragraph about = new Paragraph();

    DemoPanel(DemoRemoval demo, AnalysisService analysis) {
        this.demo = demo;
        this.analysis = analysis;
        addClassName("demo-panel");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-demo");
        remove.addClickListener(e -> confirm());
        add(new H3("The demo"), about);
        about.setText("This store holds the demo: the #cancerchat and #celiac collections of "
                + "2014, loaded on the first start so that every page had something to show. Once your own chats are "
                + "in, remove it, so that its accounts do not mix with yours in the role mix, the influencers, the "
                + "review queue and the clusters. Your posts and accounts stay (an account your posts name stays too).");
        add(remove, message);
        setVisible(demo.present());
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog("Remove the demo?", "Its posts go, with the accounts left with "
                + "nothing, and #cancerchat and #celiac are no longer followed. It cannot be undone (a new, empty store "
                + "loads it again).", "Remove", e -> run(), "Cancel", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("remove-demo-confirm");
        Confirm.openCancelFocused(dialog);
    }

    private void run() {
        remove.setEnabled(false);
        message.info("Removing the demo…");
        Background.run(UI.getCurrent(), demo::remove, r -> {
            message.done("Removed the demo: " + ValueFormat.count(r.posts(), "post") + " and "
                    + ValueFormat.count(r.accounts(), "account") + "; " + ValueFormat.count(r.accountsLeft(), "account") + " left.");
            remove.setVisible(false);
            about.setText("The demo was removed from this store; it is not loaded again.");
            if (r.accountsLeft() > 0) { // clusters, influence and bridges described the demo too
                AnalysisRunner runner = new AnalysisRunner(analysis);
                add(runner);
                runner.start(UI.getCurrent(), ok -> { });
            }
            getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }, e -> {
            remove.setEnabled(true);
            message.problem("The demo could not be removed: " + e.getMessage() + ". Nothing is lost; try again, or run "
                    + "convene remove-demo.");
        });
    }
}
