package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users in the real embedded graph: hashes, roles that include those below, the last admin kept. */
class UserServiceTest extends GraphTestBase {

    @Autowired UserService users;
    @Autowired GraphDb db;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService details;

    @AfterEach
    void clean() {
        db.write("MATCH (u:User) WHERE u.username STARTS WITH 'ust-' DELETE u");
    }

    @Test
    void storesAPepperedBcryptHashNeverThePassword() {
        users.add("UST-Ward.Sister", "correct horse battery", AccessRole.ANALYST);
        var stored = db.read("MATCH (u:User {username: 'ust-ward.sister'}) RETURN u.passwordHash AS h, u.role AS r, "
                + "u.createdAt IS NOT NULL AS dated").getFirst();
        String hash = stored.get("h").asString();
        assertThat(hash).startsWith("{pepper-bcrypt}$2").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        // read through Cypher, the hash is no use without the pepper, which is not in the graph
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .matches("correct horse battery", hash.substring("{pepper-bcrypt}".length()))).isFalse();
        assertThat(encoder.matches("correct horse batterY", hash)).isFalse();
        assertThat(stored.get("r").asString()).isEqualTo("ANALYST");
        assertThat(stored.get("dated").asBoolean()).isTrue();
        assertThat(users.list()).anySatisfy(u -> {
            assertThat(u.username()).isEqualTo("ust-ward.sister");
            assertThat(u.passwordHash()).isNull();
        });
    }

    @Test
    void signInAuthoritiesIncludeEveryRoleBelow() {
        users.add("ust-analyst", "long enough pw", AccessRole.ANALYST);
        assertThat(details.loadUserByUsername("UST-ANALYST").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST");
        users.setRole("ust-analyst", AccessRole.ADMIN);
        assertThat(details.loadUserByUsername("ust-analyst").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void refusesDuplicatesBadNamesAndShortPasswordsInPlainWords() {
        users.add("ust-gp", "long enough pw", AccessRole.VIEWER);
        assertThatThrownBy(() -> users.add("UST-GP", "long enough pw", AccessRole.VIEWER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is already a user called ust-gp");
        assertThatThrownBy(() -> users.add("ust gp", "long enough pw", AccessRole.VIEWER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> users.add("ust-short", "short", AccessRole.VIEWER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> AccessRole.parse("superuser")).hasMessageContaining("viewer, analyst or admin");
    }

    @Test
    void passwordResetRoleChangeAndRemoval() {
        users.add("ust-nurse", "first password", AccessRole.VIEWER);
        users.setPassword("ust-nurse", "second password");
        String hash = users.find("ust-nurse").orElseThrow().passwordHash();
        assertThat(encoder.matches("second password", hash)).isTrue();
        assertThat(encoder.matches("first password", hash)).isFalse();
        users.remove("ust-nurse");
        assertThat(users.find("ust-nurse")).isEmpty();
        assertThatThrownBy(() -> users.remove("ust-nurse")).hasMessage("There is no user called ust-nurse");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        users.add("ust-midwife", "first password", AccessRole.VIEWER);
        assertThatThrownBy(() -> users.changeOwnPassword("ust-midwife", "first passwort", "second password", null, null))
                .isInstanceOf(UserService.WrongPassword.class).hasMessage("That is not your current password");
        assertThatThrownBy(() -> users.changeOwnPassword("ust-midwife", "first password", "short", null, null))
                .isNotInstanceOf(UserService.WrongPassword.class).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> users.changeOwnPassword("ust-midwife", "first password", "first password", null, null))
                .hasMessage("The new password is the one you have now");
        String unchanged = users.find("ust-midwife").orElseThrow().passwordHash();
        assertThat(encoder.matches("first password", unchanged)).isTrue();

        users.changeOwnPassword("UST-Midwife", "first password", "second password", null, null);
        String hash = users.find("ust-midwife").orElseThrow().passwordHash();
        assertThat(encoder.matches("second password", hash)).isTrue();
        assertThat(encoder.matches("first password", hash)).isFalse();
        assertThatThrownBy(() -> users.changeOwnPassword("ust-nobody", "first password", "second password", null, null))
                .hasMessage("There is no user called ust-nobody");
    }

    @Autowired SignInThrottle throttle;

    @Test
    void fiveWrongPasswordsLockTheNameEvenForTheRightOne() {
        users.add("ust-locked", "the right password", AccessRole.VIEWER);
        var manager = new org.springframework.security.authentication.ProviderManager(
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(details) {{
                    setPasswordEncoder(encoder);
                }});
        java.util.function.Function<String, Object> signIn = pw -> {
            try {
                var result = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ust-locked", pw));
                throttle.succeeded("ust-locked", null); // what the success event does in the server
                return result;
            } catch (org.springframework.security.authentication.BadCredentialsException e) {
                throttle.failed("ust-locked", null); // what the failure event does in the server
                return e;
            } catch (org.springframework.security.core.AuthenticationException e) {
                return e;
            }
        };
        for (int i = 0; i < SignInThrottle.LIMIT; i++) {
            assertThat(signIn.apply("a guess " + i)).isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        }
        assertThat(signIn.apply("the right password")).isInstanceOf(org.springframework.security.authentication.LockedException.class);
        // the current password in the change form is refused the same way, and counts the same
        assertThatThrownBy(() -> users.changeOwnPassword("ust-locked", "the right password", "a new password", null, null))
                .hasMessageContaining("Too many wrong passwords");
        throttle.succeeded("ust-locked", null);
        assertThat(signIn.apply("the right password")).isInstanceOf(org.springframework.security.core.Authentication.class);
    }

    @Autowired org.springframework.security.core.userdetails.UserDetailsPasswordService upgrades;

    @Test
    void aHashOfBeforeThePepperStillSignsInAndIsReplacedByAPepperedOne() {
        users.add("ust-old-hash", "an older password", AccessRole.VIEWER);
        db.write("MATCH (u:User {username: 'ust-old-hash'}) SET u.passwordHash = $h",
                Map.of("h", "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("an older password")));
        // a provider as Spring Security's sign-in makes one from these beans (SecurityIT checks the server's)
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(upgrades);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ust-old-hash", "an older password"))
                .isAuthenticated()).isTrue();
        String now = db.read("MATCH (u:User {username: 'ust-old-hash'}) RETURN u.passwordHash AS h").getFirst().get("h").asString();
        assertThat(now).startsWith("{pepper-bcrypt}");
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ust-old-hash", "an older password"))
                .isAuthenticated()).isTrue();
    }

    @Test
    void aPasswordIsNotHashedWithAnotherPepperThanTheGraphsUsers() {
        users.add("ust-first", "the first password", AccessRole.VIEWER); // stores this pepper's fingerprint
        String ours = db.read("MATCH (p:PasswordPepper) RETURN p.check AS c").getFirst().get("c").asString();
        db.write("MATCH (p:PasswordPepper) SET p.check = 'another server'");
        try {
            assertThatThrownBy(() -> users.add("ust-second", "the second password", AccessRole.VIEWER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONVENE_USERS_PEPPER");
            assertThatThrownBy(() -> users.setPassword("ust-first", "a third password"))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            db.write("MATCH (p:PasswordPepper) SET p.check = $c", Map.of("c", ours));
        }
        assertThat(users.find("ust-second")).isEmpty();
    }

    @Test
    void aNameNoOneHasIsLockedLikeAnyOtherSoTheLockDoesNotTellWhichNamesExist() {
        assertThatThrownBy(() -> details.loadUserByUsername("ust-nobody"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
        for (int i = 0; i < SignInThrottle.LIMIT; i++) throttle.failed("ust-nobody", null);
        try {
            var locked = details.loadUserByUsername("ust-nobody");
            assertThat(locked.isAccountNonLocked()).isFalse();
            assertThat(locked.getAuthorities()).isEmpty();
            assertThat(encoder.matches("", locked.getPassword())).isFalse();
        } finally {
            throttle.succeeded("ust-nobody", null);
        }
    }

    @Test
    void changingOnesPasswordEndsOnlyTheOtherSessions() {
        var registry = new org.springframework.security.core.session.SessionRegistryImpl();
        var nurse = org.springframework.security.core.userdetails.User.withUsername("ust-nurse").password("x").roles("VIEWER").build();
        var other = org.springframework.security.core.userdetails.User.withUsername("ust-other").password("x").roles("VIEWER").build();
        registry.registerNewSession("here", nurse);
        registry.registerNewSession("laptop", nurse);
        registry.registerNewSession("phone", nurse);
        registry.registerNewSession("someone-else", other);
        assertThat(new SignedInSessions(registry).endOthers("UST-NURSE", "here")).isEqualTo(2);
        assertThat(registry.getSessionInformation("here").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("laptop").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("someone-else").isExpired()).isFalse();
    }

    @Test
    void theLastAdminCanBeNeitherRemovedNorDemoted() {
        db.write("MATCH (u:User {role: 'ADMIN'}) SET u.role = 'ADMIN_PARKED'"); // this test's own world
        try {
            users.add("ust-only-admin", "long enough pw", AccessRole.ADMIN);
            assertThatThrownBy(() -> users.remove("ust-only-admin")).hasMessageContaining("only admin");
            assertThatThrownBy(() -> users.setRole("ust-only-admin", AccessRole.VIEWER)).hasMessageContaining("only admin");
            users.add("ust-second-admin", "long enough pw", AccessRole.ADMIN);
            users.setRole("ust-only-admin", AccessRole.VIEWER);
            assertThat(users.find("ust-only-admin").orElseThrow().role()).isEqualTo(AccessRole.VIEWER);
        } finally {
            db.write("MATCH (u:User {role: 'ADMIN_PARKED'}) SET u.role = 'ADMIN'");
        }
    }

    @Test
    void injectionThroughTheUserNameChangesNothing() {
        db.write("CREATE (:InjectionProbe {n: 1})");
        try {
            long before = db.readLong("MATCH (n) RETURN count(n)", Map.of());
            String hostile = "x'}) DETACH DELETE n //";
            assertThatThrownBy(() -> users.add(hostile, "long enough pw", AccessRole.ADMIN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A user name is");
            assertThat(users.find(hostile)).isEmpty();
            assertThatThrownBy(() -> users.setPassword(hostile, "long enough pw")).hasMessageContaining("no user called");
            assertThatThrownBy(() -> users.remove("x' OR 1=1 //")).hasMessageContaining("no user called");
            assertThat(db.readLong("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(before);
        } finally {
            db.write("MATCH (n:InjectionProbe) DELETE n");
        }
    }

    @Test
    void oidcClaimsMapToRolesWithADefault() {
        OidcRoles roles = new OidcRoles(new OidcSettings("groups", Map.of("research-team", "analyst"), "viewer"));
        assertThat(roles.role(Map.of("groups", java.util.List.of("staff", "research-team")))).isEqualTo(AccessRole.ANALYST);
        assertThat(roles.role(Map.of("groups", "admin"))).isEqualTo(AccessRole.ADMIN);
        assertThat(roles.role(Map.of("sub", "x"))).isEqualTo(AccessRole.VIEWER);
        assertThat(roles.authorities(java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"),
                new org.springframework.security.core.authority.SimpleGrantedAuthority("SCOPE_openid")), Map.of()))
                .extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder("ROLE_VIEWER", "SCOPE_openid");
        assertThatThrownBy(() -> new OidcRoles(new OidcSettings("groups", Map.of(), "boss"))).hasMessageContaining("Unknown role");
    }
}
