package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.convene.GraphTestBase;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded writer (Neo4j's Java API) and the Cypher writer (any server) must leave exactly the same
 * graph, also when the same records come again and when records meet across batch boundaries.
 */
class BatchWritersAgreeTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired EmbeddedNeo4j embedded;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat DETACH DELETE n");
    }

    @Test
    void bothWritersLeaveTheSameGraph() throws Exception {
        List<Post> posts = new ArrayList<>();
        read(new TwitterV1Reader(), "ingest/twitter-v1-sample.jsonl", posts::add);
        read(new TopsyCsvReader(), "demo/cancerchat-2014.csv", posts::add);
        read(new TagsCsvReader(), "ingest/tags-wenurses.csv", posts::add);
        read(new MastodonReader(), "ingest/mastodon-nhssm.json", posts::add);
        List<Edge> edges = List.of(
                new Edge(Account.byHandle("twitter", "NurseAnn"), Account.reference("twitter", "12", "chief"), "mention", 2),
                new Edge(Account.reference("twitter", "12", "chief"), Account.byHandle("twitter", "nurseann"), "reply", 1));

        String cypherGraph = writeAndDump(new CypherBatchWriter(db), new CypherInteractions(db), posts, edges);
        clean();
        String embeddedGraph = writeAndDump(new EmbeddedBatchWriter(embedded.database()),
                new EmbeddedInteractions(embedded.database()), posts, edges);

        assertThat(posts).hasSizeGreaterThan(250);
        assertThat(embeddedGraph).isEqualTo(cypherGraph);
        assertThat(embeddedGraph).contains("POSTED", "MENTIONS", "RETWEETS", "REPLIES_TO_ACCOUNT", "LISTED", "INTERACTS",
                "retweets=1", "mentions=2.0");
    }

    @Test
    void firstSeenIsTheEarliestSightingEvenWhenABatchBringsTheNewestFirst() {
        java.time.Instant early = java.time.Instant.parse("2014-06-01T14:50:14Z"), late = early.plusSeconds(86_400 * 21);
        java.util.function.Function<java.time.Instant, Post> post = t -> new Post("twitter", "fs" + t.getEpochSecond(),
                new Account("twitter", "77", "gfreeradio", "GF Radio", "Radio", null, 10L, null, t), "#celiac", t, null,
                null, List.of("celiac"), List.of(), null, null, false, null, null);
        List<Post> newestFirst = List.of(post.apply(late), post.apply(early));
        for (BatchWriter writer : List.of(new CypherBatchWriter(db), new EmbeddedBatchWriter(embedded.database()))) {
            clean();
            writer.write(newestFirst, List.of());
            var seen = db.read("MATCH (a:Account {platform: 'twitter', id: '77'}) RETURN a.firstSeen AS f, a.lastSeen AS l")
                    .getFirst();
            assertThat(seen.get("f").asZonedDateTime().toInstant()).as(writer.getClass().getSimpleName()).isEqualTo(early);
            assertThat(seen.get("l").asZonedDateTime().toInstant()).as(writer.getClass().getSimpleName()).isEqualTo(late);
        }
    }

    @Test
    void anInvitationFollowsItsAccountWhenTheAccountTakesItsPlatformId() {
        java.time.Instant t = java.time.Instant.parse("2014-06-01T14:50:14Z");
        Post post = new Post("twitter", "inv1", new Account("twitter", "999", "InviteMe", null, null, null, null, null, t),
                "hello", t, null, null, List.of(), List.of(), null, null, false, null, null);
        for (BatchWriter writer : List.of(new CypherBatchWriter(db), new EmbeddedBatchWriter(embedded.database()))) {
            clean();
            db.write("MATCH (i:Invitation {chat: 'invtest'}) DETACH DELETE i");
            db.write("""
                    CREATE (a:Account {platform: 'twitter', id: '@inviteme', handle: 'InviteMe', handleLower: 'inviteme'})
                    CREATE (:Invitation {chat: 'invtest', platform: 'twitter', id: '@inviteme', status: 'invited'})-[:INVITES]->(a)""");
            writer.write(List.of(post), List.of());
            assertThat(db.read("MATCH (i:Invitation {chat: 'invtest'})-[:INVITES]->(a:Account) RETURN i.id + ' ' + a.id AS k")
                    .stream().map(r -> r.get("k").asString())).as(writer.getClass().getSimpleName()).containsExactly("999 999");
        }
        db.write("MATCH (i:Invitation {chat: 'invtest'}) DETACH DELETE i");
    }

    /**
     * Writes everything twice, in batches of 7, derives the interactions of the authors of each batch, and
     * returns the whole graph in a canonical text form.
     */
    private String writeAndDump(BatchWriter writer, InteractionDeriver interactions, List<Post> posts, List<Edge> edges) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < posts.size(); i += 7) {
                var authors = writer.write(posts.subList(i, Math.min(posts.size(), i + 7)), List.of("nhssm"));
                var referring = interactions.derive(List.copyOf(authors), "stamp");
                interactions.derive(List.copyOf(referring), "stamp");
            }
            interactions.derive(List.copyOf(writer.writeEdges(edges, "edges.txt")), "stamp");
        }
        String nodes = db.read("""
                MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat
                RETURN labels(n) AS labels, properties(n) AS props""").stream()
                .map(r -> r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap()))
                .sorted().reduce("", (a, b) -> a + b + "\n");
        String rels = db.read("""
                MATCH (a)-[r]->(b) WHERE type(r) <> 'IN_SESSION'
                RETURN type(r) AS type, properties(r) AS props,
                       coalesce(a.platform + ':' + a.id, a.tag) AS a, coalesce(b.platform + ':' + b.id, b.tag) AS b""")
                .stream().map(r -> r.get("a").asString() + " " + r.get("type").asString() + " "
                        + r.get("b").asString() + " " + withoutStamp(r.get("props").asMap()))
                .sorted().reduce("", (a, b) -> a + b + "\n");
        return nodes + rels;
    }

    private static TreeMap<String, Object> withoutStamp(java.util.Map<String, Object> props) {
        TreeMap<String, Object> sorted = new TreeMap<>(props);
        sorted.remove("stamp");
        return sorted;
    }

    private void read(SourceReader reader, String resource, Consumer<Post> posts) throws Exception {
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            reader.read(resource, in, posts, r -> { });
        }
    }
}
