package org.convene.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;

/**
 * The frame around every view: the name, and a side navigation listing the views in the order a user
 * works through them. A view appears in the list once its route exists, so views added later need no
 * change here. The drawer folds away on narrow screens; everything is reachable with Tab and Enter.
 */
@Layout
public class MainLayout extends AppLayout {

    /** Every planned view: label, route path, icon. */
    static final List<Entry> VIEWS = List.of(
            new Entry("Overview", "", VaadinIcon.DASHBOARD),
            new Entry("Network", "network", VaadinIcon.CLUSTER),
            new Entry("Clusters", "clusters", VaadinIcon.GROUP),
            new Entry("Bridges", "bridges", VaadinIcon.CONNECT),
            new Entry("Invite", "invite", VaadinIcon.ENVELOPE_OPEN),
            new Entry("My network", "my-network", VaadinIcon.USER_STAR),
            new Entry("Cypher", "cypher", VaadinIcon.CODE),
            new Entry("Import", "import", VaadinIcon.UPLOAD),
            new Entry("Roles", "roles", VaadinIcon.TAGS),
            new Entry("Privacy", "privacy", VaadinIcon.SHIELD));

    record Entry(String label, String path, VaadinIcon icon) {}

    public MainLayout() {
        Span brand = new Span("Convene");
        brand.addClassName("nav-brand");
        addToNavbar(new DrawerToggle(), brand);

        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Views");
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (Entry view : VIEWS) {
            if (routes.getRoute(view.path()).isPresent()) {
                nav.addItem(new SideNavItem(view.label(), "/" + view.path(), view.icon().create()));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
