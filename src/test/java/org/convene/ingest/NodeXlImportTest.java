package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NodeXlImportTest extends GraphTestBase {

    @Autowired ImportService imports;
    @Autowired GraphDb db;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    private static Path fixture(String name) throws Exception {
        Path dir = Files.createTempDirectory("convene-nodexl-");
        Path file = dir.resolve(name);
        try (var in = NodeXlImportTest.class.getClassLoader().getResourceAsStream("ingest/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private ImportSummary importDetected(Path... files) throws Exception {
        return imports.importAll(java.util.Arrays.stream(files).map(ImportService.Source::of).toList(), null, List.of());
    }

    private String interactions(String from) {
        return db.read("""
                MATCH (:Account {handleLower: $h})-[i:INTERACTS]->(b:Account)
                RETURN b.handleLower + ' ' + toInteger(i.replies) + '/' + toInteger(i.mentions) + '/' + toInteger(i.retweets)
                       + '/' + toInteger(i.quotes) AS x
                ORDER BY x""", Map.of("h", from)).stream().map(r -> r.get("x").asString()).toList().toString();
    }

    @Test
    void eachSheetIsDetectedByItsHeader() throws Exception {
        var edgeReader = new NodeXlEdgesReader();
        var vertexReader = new NodeXlVerticesReader();
        for (String name : List.of("nodexl-edges-2021.csv", "nodexl-edges-2013.csv", "nodexl-vertices-2021.csv")) {
            String head = Files.readString(fixture(name));
            assertThat(edgeReader.detects(head)).as(name).isEqualTo(name.contains("edges"));
            assertThat(vertexReader.detects(head)).as(name).isEqualTo(name.contains("vertices"));
            assertThat(new TagsCsvReader().detects(head) || new TopsyCsvReader().detects(head)
                    || new EdgeListReader().detects(head)).as(name).isFalse();
        }
    }

    @Test
    void tweetsBecomePostsAndInheritedMentionsAreNotTheRetweeters() throws Exception {
        Path file = fixture("nodexl-edges-2021.csv");
        ImportSummary summary = importDetected(file);
        assertThat(summary.read()).isEqualTo(10);
        assertThat(summary.rejected()).extracting(Rejected::line).containsExactly(11L, 12L);
        assertThat(summary.rejected().getFirst().reason()).contains("Follows");
        assertThat(summary.rejected().get(1).reason()).contains("yesterday evening");
        assertThat(db.readLong("MATCH (p:Post) RETURN count(p)", Map.of())).isEqualTo(5);

        assertThat(interactions("nhs_comms")).isEqualTo("[digitalnurse 0/1/0/0, drjones 0/1/0/0]");
        assertThat(interactions("digitalnurse")).isEqualTo("[nhs_comms 1/0/0/0]");
        assertThat(interactions("patientvoice")).isEqualTo("[nhs_comms 0/0/1/0]");
        assertThat(interactions("ccg_lead")).isEqualTo("[nhs_comms 0/0/0/1]");
        var original = db.read("""
                MATCH (p:Post {id: '1412845000000000001'})<-[:POSTED]-(a)
                RETURN a.handleLower AS a, p.createdAt AS at, p.text AS text,
                       COUNT { (p)<-[:RETWEETS]-() } AS retweets, COUNT { (p)<-[:REPLIES_TO]-() } AS replies,
                       COUNT { (p)<-[:QUOTES]-() } AS quotes""").getFirst();
        assertThat(original.get("a").asString()).isEqualTo("nhs_comms");
        assertThat(original.get("at").asZonedDateTime().toInstant()).hasToString("2021-07-07T18:30:05Z");
        assertThat(original.get("text").asString()).startsWith("Join #nhssm");
        assertThat(List.of(original.get("retweets").asLong(), original.get("replies").asLong(),
                original.get("quotes").asLong())).containsExactly(1L, 1L, 1L);

        long posts = db.readLong("MATCH (p:Post) RETURN count(p)", Map.of());
        importDetected(file);
        assertThat(db.readLong("MATCH (p:Post) RETURN count(p)", Map.of())).isEqualTo(posts);
        assertThat(interactions("patientvoice")).isEqualTo("[nhs_comms 0/0/1/0]");
    }

    @Test
    void olderSheetsRetweetsListedAsMentionsAndRowsWithoutTweetsAsInteractions() throws Exception {
        // the account is already known with its id, from another source: the handle-only rows must find it
        db.write("CREATE (:Account {platform: 'twitter', id: '42', handle: 'WeNurses', handleLower: 'wenurses'})");
        Path file = fixture("nodexl-edges-2013.csv");
        for (int i = 0; i < 2; i++) {
            ImportSummary summary = importDetected(file);
            assertThat(summary.read()).isEqualTo(7);
            assertThat(summary.rejected()).singleElement().extracting(Rejected::line).isEqualTo(8L);
            assertThat(summary.edges()).isEqualTo(2); // the two replies are one edge of weight 2
        }
        assertThat(interactions("wardsister")).isEqualTo("[wenurses 0/0/1/0]");
        assertThat(interactions("studentnurse")).isEqualTo("[sepsistrust 0/1/0/0, wenurses 2/0/0/0]");
        assertThat(db.readLong("MATCH (a:Account {handleLower: 'wenurses'}) RETURN count(a)", Map.of())).isEqualTo(1);
        assertThat(db.readLong("MATCH (:Account {id: '42'})<-[:LISTED]-() RETURN count(*)", Map.of())).isEqualTo(1);
        // the mention inside the retweeted text stays with the original post, by @WeNurses
        assertThat(db.readLong("""
                MATCH (:Account {id: '42'})-[:POSTED]->(:Post)-[:MENTIONS]->(:Account {handleLower: 'sepsistrust'})
                RETURN count(*)""", Map.of())).isEqualTo(1);
        var at = db.read("MATCH (p:Post {id: '573563000000000001'}) RETURN p.createdAt AS at").getFirst();
        assertThat(at.get("at").asZonedDateTime().toInstant()).hasToString("2015-03-05T20:01:00Z");
    }

    @Test
    void verticesUpdateProfilesOfTheSameAccounts() throws Exception {
        Path edges = fixture("nodexl-edges-2021.csv");
        Path vertices = fixture("nodexl-vertices-2021.csv");
        ImportSummary summary = importDetected(edges, vertices);
        assertThat(summary.profiles()).isEqualTo(4);
        assertThat(summary.rejected()).extracting(r -> r.file().endsWith("vertices-2021.csv") ? r.line() : -1L)
                .contains(7L);
        var nurse = db.read("MATCH (a:Account {handleLower: 'digitalnurse'}) RETURN a.name AS name, a.bio AS bio, "
                + "a.followers AS followers, a.location AS location, COUNT { (a)-[:POSTED]->() } AS posts");
        assertThat(nurse).hasSize(1);
        assertThat(nurse.getFirst().get("name").asString()).isEqualTo("Digital Nurse");
        assertThat(nurse.getFirst().get("bio").asString()).isEqualTo("Nurse, informatics lead. Views my own.");
        assertThat(nurse.getFirst().get("followers").asLong()).isEqualTo(3021);
        assertThat(nurse.getFirst().get("posts").asLong()).isEqualTo(1);
        assertThat(db.read("MATCH (a:Account {handleLower: 'drjones'}) RETURN a.followers AS f").getFirst()
                .get("f").isNull()).isTrue(); // "not shown" is not a number
        assertThat(db.read("MATCH (a:Account {handleLower: 'nhs_comms'}) RETURN a.url AS u").getFirst()
                .get("u").asString()).isEqualTo("https://example.org/nhscomms");
    }
}
