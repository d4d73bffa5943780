package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole analysis on the fixture graph, through real GDS, and what it leaves in the graph. */
class AnalysisServiceTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired GraphWriter writer;
    @Autowired ChatSessions sessions;
    @Autowired AnalysisService analysis;

    @BeforeEach
    void fixture() {
        AnalysisFixture.remove(db);
        AnalysisFixture.build(db, writer, sessions);
    }

    @AfterEach
    void clean() {
        AnalysisFixture.remove(db);
    }

    private Map<String, Record> accounts() {
        Map<String, Record> byHandle = new HashMap<>();
        for (Record r : db.read("MATCH (a:Account {platform: 'fixture'}) RETURN a.handle AS handle, a { .* } AS a")) {
            byHandle.put(r.get("handle").asString(), r);
        }
        return byHandle;
    }

    private static long community(Map<String, Record> accounts, String handle) {
        return accounts.get(handle).get("a").get("community").asLong();
    }

    @Test
    void runsEveryStepInOrderWithProgressAndDropsItsProjection() {
        List<String> seen = new ArrayList<>();
        AnalysisResult result = analysis.run(AnalysisOptions.defaults(), new AnalysisProgress() {
            public void started(int step, int steps, String name) {
                seen.add(step + "/" + steps + " " + name);
            }

            public void finished(int step, int steps, String name, String detail, long millis) { }
        });
        // the role labeller (roles package) comes first, then this feature's steps
        assertThat(seen).containsExactly("1/11 roles", "2/11 project", "3/11 leiden and pagerank", "4/11 degree",
                "5/11 betweenness", "6/11 scores", "7/11 cluster ids", "8/11 influence", "9/11 clusters", "10/11 bridges",
                "11/11 write");
        assertThat(result.steps()).extracting(AnalysisResult.StepResult::name).element(0).isEqualTo("roles");
        assertThat(result.steps().subList(1, 11)).extracting(AnalysisResult.StepResult::name).isEqualTo(AnalysisService.STEPS);
        assertThat(db.readLong("CALL gds.graph.list() YIELD graphName RETURN count(*)", Map.of())).isZero();
        Record run = db.read("MATCH (r:AnalysisRun) RETURN r { .* } AS r").getFirst();
        assertThat(run.get("r").get("resolution").asDouble()).isEqualTo(1.0);
        assertThat(run.get("r").get("seed").asLong()).isEqualTo(42);
        List<String> recorded = new ArrayList<>(List.of("roles"));
        recorded.addAll(AnalysisService.STEPS.subList(0, 9));
        assertThat(run.get("r").get("steps").asList(v -> v.asString())).containsExactlyElementsOf(recorded);
        assertThat(run.get("r").get("took").asLong()).isPositive();
    }

    @Test
    void stepsFromOtherFeaturesRunFirst() {
        AnalysisStep roles = new AnalysisStep() {
            public String name() {
                return "roles";
            }

            public String run(AnalysisRun run) {
                run.db().write("MATCH (a:Account {platform: 'fixture', id: 'bridge'}) SET a.primaryRole = 'nurse'");
                return "1 account labelled";
            }
        };
        AnalysisResult result = analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE, List.of(roles));
        assertThat(result.steps().getFirst().name()).isEqualTo("roles");
        // the role set by the first step is seen by the later ones: the bridge's cluster counts it as a nurse
        String mix = db.read("MATCH (:Account {platform: 'fixture', id: 'bridge'})-[:IN_CLUSTER]->(c) RETURN c.roleMix AS m")
                .getFirst().get("m").asString();
        assertThat(mix).doesNotContain("comms").contains("nurse");
    }

    @Test
    void communitiesSeparateTheTwoGroupsAndReRunsAgree() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        Map<String, Record> first = accounts();
        for (String n : AnalysisFixture.NURSES) assertThat(community(first, n)).isEqualTo(community(first, "n1"));
        for (String e : AnalysisFixture.BOARD) assertThat(community(first, e)).isEqualTo(community(first, "e1"));
        assertThat(community(first, "n1")).isNotEqualTo(community(first, "e1"));

        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        Map<String, Record> second = accounts();
        first.keySet().forEach(h -> assertThat(community(second, h)).as(h).isEqualTo(community(first, h)));
    }

    @Test
    void clustersKeepTheirIdsWhenMostMembersStayAndOldIdsNeverComeBackOnOthers() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        // as if an earlier analysis had numbered the two groups 900 and 901, and clusters 0 to 20 had since emptied
        long nurses = community(accounts(), "n1"), board = community(accounts(), "e1");
        db.write("""
                MATCH (c:Cluster) WHERE c.id IN [$nurses, $board]
                WITH c, CASE c.id WHEN $nurses THEN 900 ELSE 901 END AS id
                MATCH (a:Account)-[:IN_CLUSTER]->(c)
                SET c.id = id, a.community = id""", Map.of("nurses", nurses, "board", board));
        db.write("UNWIND range(0, 20) AS id MERGE (c:Cluster {id: id}) ON CREATE SET c.size = 5");
        // and a one-member cluster whose member is now with the board: the board's larger share must win
        db.write("""
                CREATE (x:Cluster {id: 950, size: 1}) WITH x
                MATCH (a:Account {platform: 'fixture', id: 'e1'}) CREATE (a)-[:IN_CLUSTER]->(x)""");
        // and since then: a nurse left, and three new accounts talk among themselves
        db.write("""
                MATCH (a:Account {platform: 'fixture', id: 'n5'}) DETACH DELETE a
                WITH 1 AS one
                UNWIND ['t1', 't2', 't3'] AS t
                CREATE (:Account {platform: 'fixture', id: t, handle: t, handleLower: t})
                WITH count(*) AS created
                MATCH (a:Account {platform: 'fixture'}), (b:Account {platform: 'fixture'})
                WHERE a.id IN ['t1', 't2', 't3'] AND b.id IN ['t1', 't2', 't3'] AND a <> b
                CREATE (a)-[:INTERACTS {weight: 3.0}]->(b)""");

        AnalysisResult result = analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        Map<String, Record> now = accounts();
        for (String n : List.of("n1", "n2", "n3", "n4")) assertThat(community(now, n)).as(n).isEqualTo(900);
        for (String e : AnalysisFixture.BOARD) assertThat(community(now, e)).as(e).isEqualTo(901);
        long trio = community(now, "t1");
        assertThat(community(now, "t2")).isEqualTo(trio);
        assertThat(trio).isGreaterThan(901); // not the number of an earlier cluster
        assertThat(db.readLong("MATCH (c:Cluster) WHERE c.id IN [900, 901] RETURN count(c)", Map.of())).isEqualTo(2);
        assertThat(db.readLong("MATCH (a:Account) WHERE a.community < 0 RETURN count(a)", Map.of())).isZero();
        assertThat(result.steps()).filteredOn(s -> s.name().equals("cluster ids")).singleElement()
                .satisfies(s -> assertThat(s.detail()).startsWith("2 of 24 earlier clusters kept their ids"));
    }

    @Test
    void theResolutionChangesHowFineTheCommunitiesAre() {
        analysis.run(AnalysisOptions.defaults().withResolution(0.05), AnalysisProgress.NONE);
        long coarse = db.readLong("MATCH (a:Account {platform: 'fixture'}) RETURN count(DISTINCT a.community)", Map.of());
        analysis.run(AnalysisOptions.defaults().withResolution(5.0), AnalysisProgress.NONE);
        long fine = db.readLong("MATCH (a:Account {platform: 'fixture'}) RETURN count(DISTINCT a.community)", Map.of());
        assertThat(coarse).isLessThan(fine);
        assertThat(coarse).isEqualTo(1);
    }

    @Test
    void scoresAreWrittenToEveryAccount() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        Map<String, Record> a = accounts();
        // the bridge is the only path between the two groups
        double bridge = a.get("bridge").get("a").get("betweenness").asDouble();
        a.forEach((h, r) -> {
            assertThat(r.get("a").get("pagerank").asDouble()).as(h).isGreaterThan(0);
            if (!h.equals("bridge")) assertThat(r.get("a").get("betweenness").asDouble()).as(h).isLessThan(bridge);
        });
        // n1 is mentioned by its four fellow nurses once each and by the bridge once
        assertThat(a.get("n1").get("a").get("inMentions").asLong()).isEqualTo(5);
        assertThat(a.get("n1").get("a").get("inReplies").asLong()).isZero();
        assertThat(a.get("bridge").get("a").get("inMentions").asLong()).isEqualTo(3);
    }

    @Test
    void brokerageCountsTheOpenPairsAcrossRoles() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        Record bridge = accounts().get("bridge");
        // partners: nurses n1, n2, n3 and executives e1, e2; no nurse talks to an executive: 3 x 2 open pairs
        assertThat(bridge.get("a").get("brokerage").asLong()).isEqualTo(6);
        assertThat(bridge.get("a").get("roleDiversity").asDouble()).isCloseTo(1 - (0.6 * 0.6 + 0.4 * 0.4),
                org.assertj.core.data.Offset.offset(1e-9));
        // n1's partners: four nurses and the bridge (comms): but all nurse pairs are linked, so nothing open
        // between roles except nurse-comms pairs, which are closed too only where the nurse talks to the bridge
        assertThat(accounts().get("n5").get("a").get("brokerage").asLong()).isZero();
    }

    @Test
    void clustersAreSummarisedLabelledAndLinked() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        Record nurses = db.read("""
                MATCH (:Account {platform: 'fixture', id: 'n2'})-[:IN_CLUSTER]->(c:Cluster) RETURN c { .* } AS c""")
                .getFirst();
        var c = nurses.get("c");
        assertThat(c.get("size").asLong()).isBetween(5L, 6L);
        assertThat(c.get("roleMix").asString()).contains("\"nurse\":5");
        assertThat(c.get("label").asString()).contains("#fixnurses", "nurses");
        assertThat(c.get("labelReason").asString()).contains("#fixnurses", "most common known role");
        assertThat(c.get("topHashtags").asList(v -> v.asString())).first().isEqualTo("fixnurses");
        assertThat(c.get("topWords").asList(v -> v.asString())).contains("staffing", "ward");
        assertThat(c.get("density").asDouble()).isGreaterThan(0.6).isLessThanOrEqualTo(1.0);
        Record board = db.read("""
                MATCH (:Account {platform: 'fixture', id: 'e3'})-[:IN_CLUSTER]->(c:Cluster) RETURN c { .* } AS c""")
                .getFirst();
        assertThat(board.get("c").get("spans").asList(v -> v.asString()))
                .containsExactly("commissioner", "executive", "patient");
        assertThat(board.get("c").get("bridging").asDouble()).isGreaterThan(c.get("bridging").asDouble());
        Record link = db.read("""
                MATCH (:Account {platform: 'fixture', id: 'n2'})-[:IN_CLUSTER]->(c1:Cluster)-[l:LINKS]-(c2:Cluster)
                      <-[:IN_CLUSTER]-(:Account {platform: 'fixture', id: 'e3'})
                RETURN l.weight AS weight, l.accounts AS accounts""").getFirst();
        assertThat(link.get("weight").asDouble()).isPositive();
        assertThat(link.get("accounts").asList(v -> v.asString())).contains("bridge");
        assertThat(accounts().get("bridge").get("a").get("clusterReach").asLong()).isEqualTo(1);
    }

    @Test
    void influenceIsRankedPerChatAndPerSitting() {
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
        List<Record> chat = db.read("""
                MATCH (a:Account)-[r:INFLUENCE]->(:Chat {tag: 'fixchat'})
                RETURN a.handle AS handle, r.rank AS rank, r.pagerank AS pagerank ORDER BY rank""");
        assertThat(chat).isNotEmpty();
        assertThat(chat.getFirst().get("handle").asString()).isEqualTo("bridge");
        assertThat(db.readLong("MATCH (:Account)-[:INFLUENCE]->(:ChatSession {chat: 'fixchat'}) RETURN count(*)",
                Map.of())).isGreaterThanOrEqualTo(4);
    }
}
