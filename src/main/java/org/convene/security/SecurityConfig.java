package org.convene.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.convene.ui.login.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who gets past the door. Two chains: the actuator (health and readiness open to everyone, with no
 * details; the rest for admins over HTTP Basic, for scripts: 401 or 403, never a redirect), and everything
 * else through Vaadin's configurer, which sends anonymous users to {@code /login} and checks each view's {@code @RolesAllowed}.
 * OpenID Connect joins the login page when a {@code spring.security.oauth2.client.registration.*} is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().hasRole(AccessRole.ADMIN.name()))
                // scripts get 401 with a Basic challenge (403 for a non-admin), never the browser's redirect to /login
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfig::challenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::challenge)
                        .accessDeniedHandler((request, response, denied) -> refuse(response, 403, "Forbidden")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // stateless, Basic only: no cookie for a forged request to ride on
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain views(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                              OidcSettings oidcSettings, SessionRegistry sessions) throws Exception {
        if (oidc.getIfAvailable() != null) {
            OidcRoles roles = new OidcRoles(oidcSettings);
            http.oauth2Login(o -> o.loginPage(LoginView.PATH).userInfoEndpoint(u -> u.oidcUserService(oidcUsers(roles))));
        }
        // the views' own stylesheets (META-INF/resources/*.css, loaded by @StyleSheet) hold nothing secret;
        // without this Vaadin's configurer refuses every one but the app shell's, and the views lose their styles
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/*.css").permitAll());
        // sessions are registered so that a removed, demoted or reset user is signed out at once (SignedInSessions)
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(SecurityConfig::signedOut));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    SignedInSessions signedInSessions(SessionRegistry sessions) {
        return new SignedInSessions(sessions);
    }

    /** Tells the registry when a session ends, so it does not keep them all. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * A request in a session ended by SignedInSessions: a page request goes to the sign-in page; the page's own
     * background request gets Vaadin's "session expired", on which the page reloads, and so signs in again.
     */
    private static void signedOut(org.springframework.security.web.session.SessionInformationExpiredEvent event)
            throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (request.getParameter("v-r") != null) {
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
        } else {
            response.sendRedirect(request.getContextPath() + LoginView.PATH);
        }
    }

    private static void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Convene\"");
        refuse(response, 401, "Unauthorized");
    }

    /**
     * Answers here and now. Not sendError: that forwards to /error, which the views chain guards, and an
     * anonymous script would get the sign-in redirect instead of the status.
     */
    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + reason + "\"}");
    }

    /** The provider's user with Convene's roles, named by preferred_username, else email, else sub. */
    static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(OidcRoles roles) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Map<String, Object> claims = user.getClaims();
            String name = claims.containsKey("preferred_username") ? "preferred_username"
                    : claims.containsKey("email") ? "email" : "sub";
            return new DefaultOidcUser(roles.authorities(user.getAuthorities(), claims), user.getIdToken(),
                    user.getUserInfo(), name);
        };
    }
}
