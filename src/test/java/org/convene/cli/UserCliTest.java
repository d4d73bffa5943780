package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convene.GraphTestBase;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code convene user ...} as an administrator types it, against the test database's Bolt port. */
class UserCliTest extends GraphTestBase {

    @Autowired EmbeddedNeo4j server;
    @Autowired GraphDb db;
    @Autowired PasswordEncoder encoder;

    @Autowired org.convene.security.UserService users;

    /** As the README says: with {@code --uri} to the server, and its data directory for the password pepper. */
    private CliRun user(String... args) {
        return userFrom(DATA_DIR, args);
    }

    private CliRun userFrom(java.nio.file.Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("user", args[0], "--uri", server.boltUri().toString(),
                "--user", "neo4j", "--password", server.password(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(all.toArray(String[]::new));
    }

    @AfterEach
    void clean() {
        db.write("MATCH (u:User) WHERE u.username STARTS WITH 'ucli-' DELETE u");
    }

    private String hash(String name) {
        return db.read("MATCH (u:User {username: $n}) RETURN u.passwordHash AS h", java.util.Map.of("n", name))
                .getFirst().get("h").asString();
    }

    @Test
    void fromAnotherDataDirectoryAPasswordIsRefusedNotSetWithAnotherPepper(@org.junit.jupiter.api.io.TempDir java.nio.file.Path elsewhere) {
        assertThat(users.pepperMatches()).isTrue(); // as the server does on its start
        CliRun add = userFrom(elsewhere, "add", "ucli-dave", "--new-password=dave's long password");
        assertThat(add.code()).isEqualTo(ConveneCli.FAILED);
        assertThat(add.err()).contains("another password pepper", "--data-dir", "CONVENE_USERS_PEPPER").doesNotContain("Exception");
        assertThat(users.find("ucli-dave")).isEmpty();
    }

    @Test
    void addListRolePasswdRemove() {
        CliRun add = user("add", "ucli-alice", "--role", "analyst", "--new-password=alice's long password");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added analyst user ucli-alice").doesNotContain("password:");
        assertThat(encoder.matches("alice's long password", hash("ucli-alice"))).isTrue();

        CliRun generated = user("add", "ucli-bob", "--json");
        assertThat(generated.code()).as(generated.err()).isZero();
        String password = generated.out().replaceAll("(?s).*\"generatedPassword\":\"([^\"]+)\".*", "$1").strip();
        assertThat(password).hasSize(20);
        assertThat(encoder.matches(password, hash("ucli-bob"))).isTrue();

        CliRun list = user("list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("ucli-alice", "analyst", "ucli-bob", "viewer").doesNotContain("bcrypt");

        assertThat(user("role", "ucli-bob", "admin").out()).contains("ucli-bob is now admin");
        CliRun passwd = user("passwd", "ucli-bob", "--new-password=bob's second password");
        assertThat(passwd.code()).as(passwd.err()).isZero();
        assertThat(encoder.matches("bob's second password", hash("ucli-bob"))).isTrue();

        assertThat(user("remove", "ucli-alice").code()).isZero();
        CliRun again = user("remove", "ucli-alice");
        assertThat(again.code()).isEqualTo(ConveneCli.FAILED);
        assertThat(again.err()).contains("There is no user called ucli-alice").doesNotContain("Exception");
        CliRun bad = user("add", "ucli-carol", "--role", "boss");
        assertThat(bad.code()).isEqualTo(ConveneCli.FAILED);
        assertThat(bad.err()).contains("Unknown role 'boss'");
    }
}
