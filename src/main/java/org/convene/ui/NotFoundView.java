package org.convene.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees for an address that is not a page, or a page their role may not open (the router
 * treats both alike, so a viewer learns nothing about pages beyond their role): what happened and where to go.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph text = new Paragraph();

    public NotFoundView() {
        addClassName("not-found");
        text.addClassName("not-found-text");
        add(new H2("No such page"), text, new Anchor("", "Go to the Overview"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String role = Access.has("ADMIN") ? "admin" : Access.has("ANALYST") ? "analyst" : "viewer";
        text.setText("There is no page at /" + event.getLocation().getPath() + " that you can open. It may not exist, "
                + "or it may need a role above yours (" + role + "): ask an admin if you need it. The pages you can "
                + "open are listed on the left.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
