package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.CypherScript;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** suggest, invite and ego as a user types them, against the test database over Bolt, on the #fxchat fixture. */
class SuggestCliTest extends GraphTestBase {

    @Autowired EmbeddedNeo4j server;
    @Autowired GraphDb db;


    private CliRun run(String command, String... args) {
        var list = new java.util.ArrayList<>(java.util.List.of(command.split(" "))); // "invite mark": options follow "mark"
        list.addAll(java.util.List.of("--uri", server.boltUri().toString(), "--user", "neo4j", "--password", server.password()));
        list.addAll(java.util.List.of(args));
        String[] all = list.toArray(String[]::new);
        return CliRun.of(all);
    }

    @BeforeEach
    void fixture() {
        clean();
        CypherScript.statements("org/convene/suggest/fixture.cypher").forEach(db::write);
    }

    @AfterEach
    void clean() {
        CypherScript.statements("org/convene/suggest/clean-fixture.cypher").forEach(db::write);
    }

    @Test
    void suggestPrintsRankedAccountsWithReasons() {
        CliRun r = run("suggest", "--chat", "fxchat", "--limit", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("#fxchat: 4 regulars, 1 stopped, 5 candidates scored", "1. @fx_ceo (Chief Executive)",
                "mentioned by 3 #fxchat regulars", "could introduce: @fx_r1, @fx_r2, @fx_r3 (who addressed it; it has not answered them)");
        assertThat(r.out()).doesNotContain("  3. ");
    }

    @Test
    void suggestJsonTakesRoleAliasesAndShowsInvitations() throws Exception {
        CliRun marked = run("invite mark", "--chat", "#fxchat", "--handle", "@fx_commissioner", "--status", "invited", "--by", "host");
        assertThat(marked.code()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("@fx_commissioner is invited to #fxchat");
        CliRun r = run("suggest", "--chat", "fxchat", "--roles", "ccg", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("suggestions")).hasSize(1);
        JsonNode s = json.get("suggestions").get(0);
        assertThat(s.get("handle").asString()).isEqualTo("fx_commissioner");
        assertThat(s.get("invitation").asString()).isEqualTo("invited");
        assertThat(s.get("reasons").toString()).contains("fills a gap: no commissioners among the regulars");
        assertThat(run("invite list", "--chat", "fxchat").out()).contains("fx_commissioner", "invited", "host", "1 invitation");
    }

    @Test
    void egoShowsBrokersToATargetRole() {
        CliRun r = run("ego", "--handle", "FX_R1", "--target", "gp");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("@fx_r1 (nurse): 3 direct contacts, 2 more two steps away",
                "strongest ties:     @fx_ceo executive (3 out, 0 in)", "broker @fx_ceo (executive) reaches 1 doctor (it addressed 0 of them): @fx_r3");
    }

    @Test
    void aHandleTwoAccountsHaveHadIsChosenById() {
        // fx_r1's old handle now names a second account on the same platform: --platform cannot settle it
        db.write("CREATE (:Account {platform: 'fixture', id: 'r1new', handle: 'FX_R1', handleLower: 'fx_r1'})");
        CliRun ambiguous = run("ego", "--handle", "fx_r1");
        assertThat(ambiguous.code()).isEqualTo(ConveneCli.FAILED);
        assertThat(ambiguous.err()).contains("@fx_r1 names 2 accounts (fixture id r1, fixture id r1new); choose one with --id");
        CliRun byId = run("ego", "--id", "r1", "--platform", "fixture");
        assertThat(byId.code()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("3 direct contacts");
        assertThat(run("ego", "--id", "r1", "--handle", "fx_r1").code()).isEqualTo(ConveneCli.USAGE); // one or the other
        CliRun explain = run("roles explain", "--id", "r1new");
        assertThat(explain.code()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("FX_R1");
    }

    @Test
    void badInputFailsPlainly() {
        CliRun unknownRole = run("suggest", "--chat", "fxchat", "--roles", "wizard");
        assertThat(unknownRole.code()).isEqualTo(ConveneCli.USAGE); // found before the store opens
        assertThat(unknownRole.err()).contains("Unknown role 'wizard'");
        CliRun noChat = run("suggest", "--chat", "nosuchchatfx");
        assertThat(noChat.code()).isEqualTo(1);
        assertThat(noChat.err()).contains("No posts tagged #nosuchchatfx");
        CliRun badStatus = run("invite mark", "--chat", "fxchat", "--handle", "fx_weak", "--status", "maybe");
        assertThat(badStatus.code()).isEqualTo(ConveneCli.USAGE);
        assertThat(badStatus.err()).contains("Unknown status 'maybe'");
        CliRun typo = run("invite mark", "--chat", "fxcaht", "--handle", "fx_weak", "--status", "invited");
        assertThat(typo.code()).isEqualTo(ConveneCli.FAILED);
        assertThat(typo.err()).contains("No posts tagged #fxcaht", "convene chat list");
        assertThat(db.readLong("MATCH (i:Invitation {platform: 'fixture'}) RETURN count(i)", Map.of())).isZero();
    }
}
