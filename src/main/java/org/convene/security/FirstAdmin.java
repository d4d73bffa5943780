package org.convene.security;

import org.convene.graph.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the web UI's start: the password pepper is checked against the graph's (an error in the log if it is
 * another), and a store without users gets one administrator, with the configured password or
 * a generated one that is printed once here and kept nowhere but as a hash. Commands never do this:
 * {@code convene user add} is how they make users.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final UserService users;
    private final AdminSettings settings;

    FirstAdmin(UserService users, AdminSettings settings, SchemaInitializer schemaFirst) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        boolean configured = settings.password() != null && !settings.password().isBlank();
        if (!users.pepperMatches()) log.error(UserService.PEPPER_MISMATCH + " Until then no peppered password signs in.");
        if (users.count() > 0) {
            // a reviewer set it on a copied store and could not sign in: say that it was not applied
            if (configured) {
                log.warn("convene.admin.password is set but this store already has users, so it was not applied. "
                        + "To change a password: convene user passwd {} --data-dir ... (with the server stopped), "
                        + "or, signed in, Password at the top right.", settings.username());
            }
            return;
        }
        String password = configured ? settings.password() : UserService.generatePassword();
        users.add(settings.username(), password, AccessRole.ADMIN);
        if (configured) {
            log.info("No users yet: created admin '{}' with the password from convene.admin.password", settings.username());
        } else {
            // printed once, on purpose: this is the only place the password exists in clear
            log.warn("""

                    ============================================================
                    No users yet: created the administrator
                      user name: {}
                      password:  {}
                    Sign in at /login and change it with Password at the top
                    right, or with convene user passwd {}. It is not shown again.
                    ============================================================""",
                    settings.username(), password, settings.username());
        }
    }
}
