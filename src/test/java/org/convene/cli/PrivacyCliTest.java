package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.privacy.PrivacyFixtureTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** erase and retention as a user types them, against the test database over Bolt, on the privacy fixture. */
class PrivacyCliTest extends PrivacyFixtureTestBase {

    @Autowired EmbeddedNeo4j server;

    private CliRun run(String stdin, String... args) {
        List<String> list = new ArrayList<>(List.of(args));
        list.addAll(List.of("--uri", server.boltUri().toString(), "--user", "neo4j", "--password", server.password()));
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(list.toArray(String[]::new));
        } finally {
            System.setIn(in);
        }
    }

    private long victims() {
        return db.readLong("MATCH (a:Account {platform: 'privfix', id: '101'}) RETURN count(a)", Map.of());
    }

    @Test
    void eraseAsksFirstAndDoesNothingWithoutYes() {
        CliRun r = run("no\n", "erase", "--handle", "@PV_VICTIM");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Erasing @Pv_Victim (privfix) removes:", "posts             2",
                "Not confirmed: nothing was erased");
        assertThat(victims()).isOne();
    }

    @Test
    void eraseAfterConfirmationPrintsWhatWasRemoved() {
        CliRun r = run("erase\n", "erase", "--id", "101", "--platform", "privfix", "--reason", "email of 3 Nov", "--by", "dpo");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Erased @Pv_Victim (privfix)", "retweetsByOthers  2", "invitations       1", "emptyAccounts     2");
        assertThat(victims()).isZero();
        assertThat(db.readLong("MATCH (e:Erasure {by: 'dpo', reason: 'email of 3 Nov'}) RETURN count(e)", Map.of())).isOne();
    }

    @Test
    void eraseWithYesAndJson() {
        CliRun r = run("", "erase", "--handle", "pv_victim", "--yes", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"erased\":true", "\"posts\":2");
        assertThat(victims()).isZero();
    }

    @Test
    void eraseFailsPlainlyOnUnknownAccountsAndInjection() {
        long nodes = db.readLong("MATCH (n) RETURN count(n)", Map.of());
        CliRun r = run("", "erase", "--handle", "x'}) DETACH DELETE n //", "--yes");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("No account @x'}) detach delete n //").doesNotContain("Exception");
        assertThat(db.readLong("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes);
        assertThat(run("", "erase", "--yes").code()).isEqualTo(2);
    }

    @Test
    void retentionDryRunCountsAndChangesNothing() {
        long posts = db.readLong("MATCH (p:Post) RETURN count(p)", Map.of());
        CliRun r = run("", "retention", "--days", "30", "--dry-run", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"dryRun\":true", "\"posts\":" + posts);
        assertThat(db.readLong("MATCH (p:Post) RETURN count(p)", Map.of())).isEqualTo(posts);
        CliRun none = run("", "retention", "--days", "100000");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).startsWith("Removed 0 posts from before");
        assertThat(db.readLong("MATCH (p:Post) RETURN count(p)", Map.of())).isEqualTo(posts);
    }
}
