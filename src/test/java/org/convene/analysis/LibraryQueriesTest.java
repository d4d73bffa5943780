package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.graph.CypherScript;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Every named query in cypher/library/, run as a researcher would, against the analysed fixture graph. */
class LibraryQueriesTest extends AnalysedFixtureTestBase {

    private List<Record> run(String file, Map<String, Object> params) {
        List<String> statements = CypherScript.statements("cypher/library/" + file);
        assertThat(statements).hasSize(1);
        return db.read(statements.getFirst(), params);
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void everyLibraryFileSaysWhatItIsForItsParametersAndAnExample() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/library"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
                String text = Files.readString(f);
                assertThat(text).as(f.toString()).startsWith("//").contains("// Parameters:");
            }
        }
        for (String f : List.of("bridges-between-roles", "cluster-role-mix", "bridging-clusters", "ego-network",
                "chat-sessions-over-time", "invite-candidates", "chat-influencers")) {
            assertThat(Files.readString(Path.of("cypher/library/" + f + ".cypher"))).as(f).contains("// Example:");
        }
    }

    @Test
    void bridgesBetweenNursesAndExecutivesComeWithEvidence() {
        List<Record> rows = run("bridges-between-roles.cypher", params("roleA", "nurse", "roleB", "executive", "chat", null, "limit", 5));
        Record top = rows.getFirst();
        assertThat(top.get("bridge").asString()).isEqualTo("bridge");
        assertThat(top.get("paths").asLong()).isEqualTo(6);
        assertThat(top.get("evidenceA").asList(v -> v.get("handle").asString())).containsExactlyInAnyOrder("n1", "n2", "n3");
        assertThat(top.get("evidenceB").asList(v -> v.get("handle").asString())).containsExactlyInAnyOrder("e1", "e2");
        // n1 was addressed once by the bridge and answered twice: three posts, oldest first
        Value n1 = top.get("evidenceA").asList(v -> v).stream().filter(v -> v.get("handle").asString().equals("n1"))
                .findFirst().orElseThrow();
        assertThat(n1.get("weight").asLong()).isEqualTo(3);
        assertThat(n1.get("posts").asList(v -> v.get("text").asString()))
                .hasSize(3).allMatch(t -> t.contains("@n1") || t.contains("@bridge"));
        // nobody else links nurses to executives in the fixture
        assertThat(rows).extracting(r -> r.get("bridge").asString()).containsExactly("bridge");
        // the bridge posted in #fixchat: among its people it is one; among another chat's, no one is
        assertThat(run("bridges-between-roles.cypher", params("roleA", "nurse", "roleB", "executive", "chat", "fixchat", "limit", 5)))
                .extracting(r -> r.get("bridge").asString()).containsExactly("bridge");
        assertThat(run("bridges-between-roles.cypher", params("roleA", "nurse", "roleB", "executive", "chat", "nosuchchat", "limit", 5))).isEmpty();
    }

    @Test
    void aPartnerWithBothRolesCountsOnOneSideOnly() {
        String n1 = "MATCH (a:Account {platform: 'fixture', id: 'n1'}) ";
        db.write(n1 + "SET a.savedRoles = a.roles, a.savedPrimary = a.primaryRole, a.roles = ['nurse', 'executive']");
        try {
            Record top = run("bridges-between-roles.cypher", params("roleA", "nurse", "roleB", "executive", "chat", null, "limit", 1)).getFirst();
            assertThat(top.get("evidenceA").asList(v -> v.get("handle").asString())).containsExactlyInAnyOrder("n1", "n2", "n3");
            assertThat(top.get("evidenceB").asList(v -> v.get("handle").asString())).containsExactlyInAnyOrder("e1", "e2");
            assertThat(top.get("paths").asLong()).isEqualTo(6);
            // with executive as its primary role it moves to that side
            db.write(n1 + "SET a.primaryRole = 'executive'");
            top = run("bridges-between-roles.cypher", params("roleA", "nurse", "roleB", "executive", "chat", null, "limit", 1)).getFirst();
            assertThat(top.get("evidenceA").asList(v -> v.get("handle").asString())).containsExactlyInAnyOrder("n2", "n3");
            assertThat(top.get("evidenceB").asList(v -> v.get("handle").asString())).containsExactlyInAnyOrder("e1", "e2", "n1");
            assertThat(top.get("paths").asLong()).isEqualTo(6);
        } finally {
            db.write(n1 + "SET a.roles = a.savedRoles, a.primaryRole = a.savedPrimary REMOVE a.savedRoles, a.savedPrimary");
        }
    }

    @Test
    void clusterRoleMixCountsTheMembersByRole() {
        long cluster = db.readLong("MATCH (:Account {platform: 'fixture', id: 'e1'})-[:IN_CLUSTER]->(c) RETURN c.id", Map.of());
        List<Record> rows = run("cluster-role-mix.cypher", params("cluster", cluster));
        Map<String, Long> mix = new HashMap<>();
        rows.forEach(r -> mix.put(r.get("role").asString(), r.get("accounts").asLong()));
        assertThat(mix).containsEntry("executive", 3L).containsEntry("commissioner", 1L).containsEntry("patient", 1L);
        assertThat(rows.getFirst().get("role").asString()).isEqualTo("executive");
        assertThat(rows.getFirst().get("percent").asDouble()).isGreaterThanOrEqualTo(50.0);
        assertThat(rows.getFirst().get("labelMadeFrom").asString()).contains("fixboard");
    }

    @Test
    void bridgingClustersSpanTheKeyRolesAndNameTheirLinks() {
        List<Record> rows = run("bridging-clusters.cypher", params("limit", 10));
        Record board = rows.stream().filter(r -> r.get("spans").asList(Value::asString).contains("patient"))
                .findFirst().orElseThrow();
        assertThat(board.get("spans").asList(Value::asString)).contains("executive", "commissioner", "patient");
        assertThat(board.get("links").asList(v -> v.get("through").asList(Value::asString)).getFirst()).contains("bridge");
        assertThat(rows.getFirst().get("bridging").asDouble()).isEqualTo(board.get("bridging").asDouble());
    }

    @Test
    void anAccountWithoutAHandleIsNamedByPlatformAndId() {
        db.write("CREATE (:Account {platform: 'lqt', id: '88'})-[:INTERACTS {weight: 1.0e9, mentions: 1}]->"
                + "(:Account {platform: 'lqt', id: '89', handle: 'named'})");
        try {
            Record top = run("who-talks-to-whom.cypher", params("limit", 1)).getFirst();
            assertThat(top.get("from").asString()).isEqualTo("lqt:88");
            assertThat(top.get("to").asString()).isEqualTo("named");
        } finally {
            db.write("MATCH (a:Account {platform: 'lqt'}) DETACH DELETE a");
        }
    }

    @Test
    void egoNetworkListsPartnersWithDirectionsAndSharedTies() {
        List<Record> rows = run("ego-network.cypher", params("handle", "BRIDGE", "limit", 50));
        assertThat(rows).extracting(r -> r.get("partner").asString()).containsExactlyInAnyOrder("n1", "n2", "n3", "e1", "e2");
        Record n1 = rows.stream().filter(r -> r.get("partner").asString().equals("n1")).findFirst().orElseThrow();
        assertThat(n1.get("egoToPartner").asLong()).isEqualTo(1);
        assertThat(n1.get("partnerToEgo").asLong()).isEqualTo(2);
        assertThat(n1.get("sharedPartners").asLong()).isEqualTo(2); // n2 and n3
        assertThat(n1.get("role").asString()).isEqualTo("nurse");
    }

    @Test
    void chatSessionsCountNewcomersAndReturners() {
        List<Record> rows = run("chat-sessions-over-time.cypher", params("tag", "FixChat"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("participants").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("newcomers").asLong()).isEqualTo(2);
        assertThat(rows.get(1).get("participants").asLong()).isEqualTo(3);
        assertThat(rows.get(1).get("newcomers").asLong()).isEqualTo(1);
        assertThat(rows.get(1).get("returners").asLong()).isEqualTo(2);
    }

    @Test
    void inviteCandidatesTalkToParticipantsButNeverPostedInTheChat() {
        List<Record> rows = run("invite-candidates.cypher", params("tag", "fixchat", "role", null, "limit", 20));
        List<String> candidates = rows.stream().map(r -> r.get("candidate").asString()).toList();
        assertThat(candidates).doesNotContain("bridge", "n1", "e1").contains("n2", "e2");
        // n2 talks with both the bridge and n1, the chat's other participant
        assertThat(rows.getFirst().get("participantsReached").asLong()).isEqualTo(2);
        List<Record> executives = run("invite-candidates.cypher", params("tag", "fixchat", "role", "executive", "limit", 20));
        assertThat(executives).extracting(r -> r.get("role").asString()).containsOnly("executive");
    }

    @Test
    void chatInfluencersAreRankedOverallAndPerSitting() {
        List<Record> chat = run("chat-influencers.cypher", params("tag", "fixchat", "start", null));
        assertThat(chat.getFirst().get("handle").asString()).isEqualTo("bridge");
        assertThat(chat).extracting(r -> r.get("rank").asLong()).startsWith(1L, 2L);
        String start = db.read("MATCH (s:ChatSession {chat: 'fixchat'}) RETURN toString(s.start) AS st ORDER BY st DESC LIMIT 1")
                .getFirst().get("st").asString();
        List<Record> sitting = run("chat-influencers.cypher", params("tag", "fixchat", "start", start));
        assertThat(sitting).extracting(r -> r.get("handle").asString()).contains("e1").doesNotContain("n2");
        // the start as a driver hands it back (a zone id, UTC, where the store says Z) finds the same sitting
        Object asRead = db.read("MATCH (s:ChatSession {chat: 'fixchat'}) RETURN s.start AS st ORDER BY st DESC LIMIT 1")
                .getFirst().get("st").asZonedDateTime().withZoneSameInstant(java.time.ZoneId.of("UTC"));
        assertThat(run("chat-influencers.cypher", params("tag", "fixchat", "start", asRead)))
                .extracting(r -> r.get("handle").asString()).containsExactlyElementsOf(sitting.stream().map(r -> r.get("handle").asString()).toList());
    }

    @Test
    void theRoleMatrixSumsInteractionsFromRoleToRole() {
        List<Record> rows = run("role-interaction-matrix.cypher", params("knownOnly", true));
        String role = bridgeRole(); // as the labeller read its bio
        Record toNurses = rows.stream().filter(r -> r.get("fromRole").asString().equals(role)
                && r.get("toRole").asString().equals("nurse")).findFirst().orElseThrow();
        assertThat(toNurses.get("pairs").asLong()).isEqualTo(3); // @bridge to n1, n2, n3
        assertThat(toNurses.get("interactions").asLong()).isEqualTo(3);
        Record back = rows.stream().filter(r -> r.get("fromRole").asString().equals("nurse")
                && r.get("toRole").asString().equals(role)).findFirst().orElseThrow();
        assertThat(back.get("pairs").asLong()).isEqualTo(1); // n1 thanked @bridge twice
        assertThat(back.get("mentions").asLong()).isEqualTo(2);
        assertThat(rows).noneMatch(r -> r.get("fromRole").asString().equals("unknown") || r.get("toRole").asString().equals("unknown"));
    }

    @Test
    void accountScoresGiveEveryScoreOfARolesAccounts() {
        String role = bridgeRole();
        List<Record> rows = run("account-scores.cypher", params("role", role.toUpperCase(), "limit", null));
        Record bridge = rows.stream().filter(r -> r.get("account").asString().equals("bridge")).findFirst().orElseThrow();
        assertThat(bridge.get("posts").asLong()).isEqualTo(5);
        assertThat(bridge.get("community").isNull()).isFalse();
        assertThat(bridge.get("pagerank").asDouble()).isPositive();
        assertThat(bridge.get("knownRoleNeighbours").asLong()).isEqualTo(5); // three nurses, two executives
        assertThat(bridge.get("clusterReach").isNull()).as("0 when there is nothing to count, never missing").isFalse();
        assertThat(rows).allMatch(r -> r.get("primaryRole").asString().equals(role));
    }

    private String bridgeRole() {
        return db.read("MATCH (a:Account {platform: 'fixture', id: 'bridge'}) RETURN a.primaryRole AS r").getFirst().get("r").asString();
    }

    @Test
    void aChatsPostsComeInTimeOrderWithTheirKindAndAPeriod() {
        List<Record> all = run("chat-posts.cypher", params("tag", "FixChat", "from", null, "to", null, "limit", null));
        assertThat(all).hasSize(8);
        assertThat(all).extracting(r -> r.get("at").asZonedDateTime()).isSorted();
        assertThat(all).allMatch(r -> r.get("kind").asString().equals("post") && r.get("text").asString().contains("#fixchat"));
        // the first week alone: @bridge to n1 and n2, and n1's thanks
        List<Record> week = run("chat-posts.cypher", params("tag", "fixchat", "from", "2026-01-06T00:00:00Z",
                "to", "2026-01-09T00:00:00Z", "limit", null));
        assertThat(week).extracting(r -> r.get("account").asString()).containsExactlyInAnyOrder("bridge", "bridge", "n1");
    }

    @Test
    void hashtagsUsedTogetherAreCountedOncePerPostWithoutRetweets() {
        db.write("""
                MATCH (b:Account {platform: 'fixture', id: 'bridge'}), (chat:Hashtag {tag: 'fixchat'})
                MERGE (extra:Hashtag {tag: 'fixextra'})
                CREATE (b)-[:POSTED]->(p:Post {platform: 'fixture', id: 'co1', text: 'two tags', createdAt: datetime()})
                CREATE (p)-[:TAGGED]->(chat), (p)-[:TAGGED]->(extra)
                WITH p, chat, extra
                MATCH (n:Account {platform: 'fixture', id: 'n1'})
                CREATE (n)-[:POSTED]->(rt:Post {platform: 'fixture', id: 'co2', text: 'RT two tags', createdAt: datetime()})
                CREATE (rt)-[:RETWEETS]->(p), (rt)-[:TAGGED]->(chat), (rt)-[:TAGGED]->(extra)""");
        try {
            List<Record> rows = run("hashtag-co-occurrence.cypher", params("tag", "FIXCHAT", "limit", null));
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().get("tag1").asString()).isEqualTo("fixchat");
            assertThat(rows.getFirst().get("tag2").asString()).isEqualTo("fixextra");
            assertThat(rows.getFirst().get("posts").asLong()).isOne();
            assertThat(rows.getFirst().get("accounts").asLong()).isOne();
        } finally {
            db.write("MATCH (p:Post {platform: 'fixture'}) WHERE p.id IN ['co1', 'co2'] DETACH DELETE p");
            db.write("MATCH (h:Hashtag {tag: 'fixextra'}) DETACH DELETE h");
        }
    }
}
