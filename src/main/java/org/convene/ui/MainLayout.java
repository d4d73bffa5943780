package org.convene.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.convene.security.UserService;
import org.convene.ui.users.ChangePasswordDialog;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The frame around every view: the name, and a side navigation listing the views in the order a user
 * works through them. A view appears in the list once its route exists, so views added later need no
 * change here, and only views the signed-in user may open are listed. The navbar names the user and
 * offers a password change and sign-out. The drawer folds away on narrow screens; everything is reachable
 * with Tab and Enter.
 */
@Layout
@PermitAll
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
            new Entry("Privacy", "privacy", VaadinIcon.SHIELD),
            new Entry("Users", "users", VaadinIcon.USERS));

    record Entry(String label, String path, VaadinIcon icon) {}

    public MainLayout(AuthenticationContext auth, UserService users) {
        Span brand = new Span("Convene");
        brand.addClassName("nav-brand");
        // the first stop for the keyboard, shown only when focused: past the menu, the session and eleven views
        com.vaadin.flow.component.html.NativeButton skip = new com.vaadin.flow.component.html.NativeButton("Skip to content",
                e -> getElement().executeJs(SKIP));
        skip.addClassName("skip-link");
        addToNavbar(skip, new DrawerToggle(), brand);
        if (auth.isAuthenticated()) addToNavbar(signedIn(auth, users));

        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Views");
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (Entry view : VIEWS) {
            var target = routes.getRoute(view.path());
            if (target.isPresent() && mayOpen(target.get())) {
                nav.addItem(new SideNavItem(view.label(), "/" + view.path(), view.icon().create()));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * Focuses the view's first heading (made focusable for this only), else its first control. Not the view itself:
     * a tabindex on a view, a shadow host, takes everything inside it out of the Tab order in Chrome.
     */
    private static final String SKIP = """
            const m = document.getElementById('main-content');
            const h = m && m.querySelector('h1, h2');
            if (h) { h.tabIndex = -1; h.focus(); }
            else if (m) { const c = m.querySelector('a[href], button, input, vaadin-button, [tabindex="0"]'); if (c) c.focus(); }""";

    /** Each view is the page's main landmark, and the target of "Skip to content". */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", "main-content");
            content.getElement().setAttribute("role", "main");
        }
    }

    /** The same rule the router applies: a view's {@code @RolesAllowed}, with each role including those below. */
    static boolean mayOpen(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) return view.isAnnotationPresent(PermitAll.class);
        return Arrays.stream(roles.value()).anyMatch(Access::has);
    }

    private static Div signedIn(AuthenticationContext auth, UserService users) {
        // an OpenID Connect user is named by its preferred_username or email claim, not its opaque subject
        boolean oidc = auth.getAuthenticatedUser(Object.class).filter(OidcUser.class::isInstance).isPresent();
        String name = auth.getAuthenticatedUser(Object.class).filter(OidcUser.class::isInstance)
                .map(u -> ((OidcUser) u).getName()).or(auth::getPrincipalName).orElse("");
        Span user = new Span(name);
        user.addClassName("signed-in-user");
        String role = Access.has("ADMIN") ? "admin" : Access.has("ANALYST") ? "analyst" : "viewer";
        Span badge = new Span(role);
        badge.getElement().getThemeList().add("badge contrast small");
        badge.addClassName("signed-in-role");
        Button signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        Div box = new Div(user, badge);
        if (!oidc) { // an OpenID Connect user's password is their provider's business
            Button password = new Button(VaadinIcon.KEY.create(), e -> new ChangePasswordDialog(users, name).open());
            Span label = new Span("Password"); // only the key on a phone: the navbar has no room for the word
            label.addClassName("wide-only");
            password.getElement().appendChild(label.getElement());
            password.setAriaLabel("Change your password");
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            password.addClassName("change-password");
            password.setTooltipText("Change your password");
            box.add(password);
        }
        box.add(signOut);
        box.addClassName("session-box");
        return box;
    }
}
