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

    /**
     * A user name with too many wrong passwords of late from this address is locked: Spring Security then
     * refuses even the right one, and the sign-in page says why. A name no one has is "locked" the same way,
     * so that the message does not tell a guesser which names exist.
     */
    @Bean
    UserDetailsService userDetailsService(UserService users, SignInThrottle throttle) {
        return username -> {
            boolean locked = throttle.locked(username, SignInThrottle.requestAddress());
            var user = users.find(username);
            if (user.isEmpty() && !locked) throw new UsernameNotFoundException("No such user");
            // a locked account is refused before its password is checked: the hash of a name no one has is never read
            return org.springframework.security.core.userdetails.User.withUsername(user.map(UserService.User::username).orElse(username))
                    .password(user.map(UserService.User::passwordHash).orElse("{noop}"))
                    .authorities(user.map(u -> u.role().authorities().toArray(String[]::new)).orElse(new String[0]))
                    .accountLocked(locked)
                    .build();
        };
    }
}
