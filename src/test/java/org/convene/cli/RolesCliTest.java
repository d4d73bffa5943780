package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convene.GraphTestBase;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code convene roles ...} as a user types it, against the test database's Bolt port. */
class RolesCliTest extends GraphTestBase {

    @Autowired EmbeddedNeo4j server;
    @Autowired GraphDb db;


    private CliRun roles(String... args) {
        List<String> all = new ArrayList<>(List.of("roles", args[0], "--uri", server.boltUri().toString(),
                "--user", "neo4j", "--password", server.password()));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(all.toArray(String[]::new));
    }

    @BeforeEach
    void account() {
        db.write("CREATE (:Account {platform: 'twitter', id: '@rolescli1', handle: 'RolesCli1', handleLower: 'rolescli1', bio: 'Staff nurse, RGN'})");
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:RoleCorrection OR (n:Account AND n.handleLower STARTS WITH 'rolescli') DETACH DELETE n");
    }

    @Test
    void labelExplainCorrectAndImportOverrides() throws Exception {
        CliRun label = roles("label", "--json");
        assertThat(label.code()).as(label.err()).isZero();
        assertThat(label.out()).contains("\"accounts\"", "\"nurse\"");

        CliRun explain = roles("explain", "--handle", "@rolescli1");
        assertThat(explain.code()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("nurse", "RGN", "rule");

        CliRun correct = roles("correct", "--handle", "RolesCli1", "--roles", "nurse,carer", "--primary", "carer", "--who", "ward-manager");
        assertThat(correct.code()).as(correct.err()).isZero();
        assertThat(correct.out()).contains("carer", "person", "corrected by ward-manager");

        Path csv = Files.createTempFile("overrides-", ".csv");
        Files.writeString(csv, "handle,roles\nRolesCli1,patient\nRolesCli1,astronaut\n");
        CliRun overrides = roles("import-overrides", csv.toString());
        Files.delete(csv);
        assertThat(overrides.code()).as(overrides.err()).isZero();
        assertThat(overrides.out()).contains("Stored 1 correction, 1 applied", "1 line rejected", ":3: unknown role 'astronaut'");
        assertThat(roles("explain", "--handle", "RolesCli1", "--json").out()).contains("\"role\":\"patient\"");
    }

    @Test
    void mistakesAreReportedPlainly() {
        CliRun missing = roles("explain", "--handle", "nobody-here");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("No account @nobody-here in the graph");
        CliRun badRole = roles("correct", "--handle", "RolesCli1", "--roles", "wizard");
        assertThat(badRole.code()).isEqualTo(2); // found before the store opens
        assertThat(badRole.err()).contains("unknown role 'wizard'");
        assertThat(roles("correct", "--handle", "RolesCli1").code()).isEqualTo(2); // --roles is required
    }
}
