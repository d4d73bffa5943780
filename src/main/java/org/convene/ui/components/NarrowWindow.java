package org.convene.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** Tells a view whether the browser window is narrower than a width, now and after every resize: phones get a simpler layout. */
public final class NarrowWindow {

    private NarrowWindow() {}

    /** Calls {@code narrow} with the answer now and on each resize; remove the registration on detach. */
    public static Registration follow(UI ui, int below, Consumer<Boolean> narrow) {
        var page = ui.getPage();
        page.retrieveExtendedClientDetails(d -> narrow.accept(d.getWindowInnerWidth() < below));
        return page.addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() < below));
    }
}
