package org.convene.security;

import java.util.HashMap;
import java.util.Map;
import org.convene.graph.ConveneProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and the user look-up, for the web sign-in and the {@code convene user} commands alike. */
@Configuration(proxyBeanMethods = false)
class UserConfig {

    /**
     * Peppered bcrypt ({@link PepperedBcrypt}) for new hashes. The stored hash names its algorithm
     * ({pepper-bcrypt}...), so hashes of before ({bcrypt}...) still match, and are replaced by peppered ones at
     * their user's next sign-in ({@link #passwordUpgrades}).
     */
    @Bean
    PepperedBcrypt pepperedBcrypt(ConveneProperties props, @Value("${convene.users.pepper:}") String pepper) {
        return PepperedBcrypt.of(pepper, props.dataDir());
    }

    @Bean
    PasswordEncoder passwordEncoder(PepperedBcrypt peppered) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(PepperedBcrypt.ID, peppered.asEncoder());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PepperedBcrypt.ID, encoders);
    }

    /** Spring Security calls this after a sign-in whose stored hash is of an older kind, with a new one. */
    @Bean
    UserDetailsPasswordService passwordUpgrades(UserService users) {
        return (user, newHash) -> {
            users.replaceHash(user.getUsername(), newHash);
            return org.springframework.security.core.userdetails.User.withUserDetails(user).password(newHash).build();
        };
    }

    @Bean
    SignInThrottle signInThrottle() {
        return new SignInThrottle(java.time.Clock.systemUTC());
    }

    /**
     * A user name with too many wrong passwords of late from this address is locked: Spring Security then
     * refuses it whatever the password, and the sign-in page says why. A name no one has is "locked" the same
     * way (with a hash no password matches), so that the message does not tell a guesser which names exist.
     */
    @Bean
    UserDetailsService userDetailsService(UserService users, SignInThrottle throttle, PasswordEncoder encoder) {
        String noOnesHash = encoder.encode(UserService.generatePassword());
        return username -> {
            boolean locked = throttle.locked(username, SignInThrottle.requestAddress());
            var user = users.find(username);
            if (user.isEmpty() && !locked) throw new UsernameNotFoundException("No such user");
            return org.springframework.security.core.userdetails.User
                    .withUsername(user.map(UserService.User::username).orElse(username))
                    .password(user.map(UserService.User::passwordHash).orElse(noOnesHash))
                    .authorities(user.map(u -> u.role().authorities().toArray(String[]::new)).orElse(new String[0]))
                    .accountLocked(locked)
                    .build();
        };
    }
}
