package org.convene.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.convene.security.SignInThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in: user name and password (checked against the users in the graph), and a "Sign in with ..."
 * link for each OpenID Connect provider in the configuration. Stands outside the main layout, since
 * nothing else may be seen before signing in.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Convene")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String PATH = "/login";
    private final LoginForm form = new LoginForm();

    public LoginView(ObjectProvider<ClientRegistrationRepository> oidc) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 brand = new H1("Convene");
        brand.addClassName("brand");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(brand, form);

        List<ClientRegistration> providers = providers(oidc.getIfAvailable());
        if (!providers.isEmpty()) {
            Div others = new Div();
            others.addClassName("oidc-providers");
            for (ClientRegistration provider : providers) {
                Anchor link = new Anchor("/oauth2/authorization/" + provider.getRegistrationId(),
                        "Sign in with " + provider.getClientName());
                link.setRouterIgnore(true); // a full page load: Spring Security, not the router, handles it
                link.addClassName("oidc-login");
                link.getElement().setAttribute("data-registration", provider.getRegistrationId());
                others.add(link);
            }
            add(others);
        }
        Paragraph help = new Paragraph("No account? Ask your Convene administrator to add you on the Users page.");
        help.addClassName("login-help");
        add(help);
    }

    private static List<ClientRegistration> providers(ClientRegistrationRepository repository) {
        List<ClientRegistration> found = new ArrayList<>();
        if (repository instanceof Iterable<?> all) {
            all.forEach(r -> {
                if (r instanceof ClientRegistration c && "authorization_code".equals(c.getAuthorizationGrantType().getValue())) {
                    found.add(c);
                }
            });
        }
        return found;
    }

    private static LoginI18n i18n() {
        return i18n("The user name or password is not right. Check them and try again; "
                + "an administrator can reset your password.");
    }

    private static LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // Spring Security keeps the last refusal in the session: a locked name is told why the right password failed
        VaadinSession session = VaadinSession.getCurrent();
        Object refusal = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        form.setI18n(error && refusal instanceof LockedException ? i18n("Too many wrong passwords for this user name "
                + "from here of late: it is refused for up to " + SignInThrottle.WINDOW_MINUTES + " minutes, even with "
                + "the right password. Wait and try again, or ask an administrator.") : i18n());
        form.setError(error);
    }
}
