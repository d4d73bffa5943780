package org.convene.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and the user look-up, for the web sign-in and the {@code convene user} commands alike. */
@Configuration(proxyBeanMethods = false)
class UserConfig {

    /** bcrypt today; the stored hash names its algorithm ({bcrypt}...), so a later change keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle() {
        return new SignInThrottle(java.time.Clock.systemUTC());
    }

    /** A user name with too many wrong passwords of late from this address is locked: Spring Security then refuses even the right one. */
    @Bean
    UserDetailsService userDetailsService(UserService users, SignInThrottle throttle) {
        return username -> users.find(username)
                .map(u -> org.springframework.security.core.userdetails.User.withUsername(u.username())
                        .password(u.passwordHash())
                        .authorities(u.role().authorities().toArray(String[]::new))
                        .accountLocked(throttle.locked(u.username(), SignInThrottle.requestAddress()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
