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

class ImportServiceTest extends GraphTestBase {

    @Autowired ImportService imports;
    @Autowired GraphDb db;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    private Map<String, Long> counts() {
        var r = db.read("""
                RETURN COUNT { (:Account) } AS accounts, COUNT { (:Post) } AS posts,
                       COUNT { ()-[:INTERACTS]->() } AS interacts, COUNT { ()-[:MENTIONS]->() } AS mentions,
                       COUNT { ()-[:TAGGED]->() } AS tagged, COUNT { ()-[:RETWEETS]->() } AS retweets""").getFirst();
        return Map.of("accounts", r.get("accounts").asLong(), "posts", r.get("posts").asLong(),
                "interacts", r.get("interacts").asLong(), "mentions", r.get("mentions").asLong(),
                "tagged", r.get("tagged").asLong(), "retweets", r.get("retweets").asLong());
    }

    private ImportSummary importDemo(String file) throws Exception {
        Path copy = Files.createTempFile("convene-", ".csv");
        try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return imports.importAll(List.of(ImportService.Source.of(copy)), null, List.of("cancerchat"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        ImportSummary first = importDemo("demo/cancerchat-2014.csv");
        assertThat(first.read()).isEqualTo(156);
        assertThat(first.rejected()).isEmpty();
        Map<String, Long> once = counts();
        assertThat(once.get("posts")).isGreaterThan(156);
        assertThat(once.get("retweets")).isEqualTo(101);
        assertThat(once.get("interacts")).isPositive();

        assertThat(first.newPosts()).isEqualTo(once.get("posts")); // retweeted originals are posts too
        ImportSummary again = importDemo("demo/cancerchat-2014.csv");
        assertThat(counts()).isEqualTo(once);
        assertThat(again.newPosts()).isZero();
        assertThat(again.describe()).contains("(0 new to the graph)");
    }

    @Test
    void aRetweetIsARetweetOfTheAuthorNotAMention() throws Exception {
        importDemo("demo/cancerchat-2014.csv");
        // fuzz_walk retweeted @debecca's post that mentions @EverydayAbleism
        var r = db.read("""
                MATCH (a:Account {handleLower: 'fuzz_walk'})-[i:INTERACTS]->(b:Account)
                RETURN b.handleLower AS b, i.retweets AS retweets, i.mentions AS mentions ORDER BY b""");
        assertThat(r).extracting(x -> x.get("b").asString()).contains("debecca").doesNotContain("everydayableism");
        var debecca = r.stream().filter(x -> x.get("b").asString().equals("debecca")).findFirst().orElseThrow();
        assertThat(debecca.get("retweets").asLong()).isPositive();
        assertThat(debecca.get("mentions").asLong()).isZero();
        assertThat(db.readLong("""
                MATCH (:Account {handleLower: 'debecca'})-[:POSTED]->(:Post)-[:MENTIONS]->(m:Account {handleLower: 'everydayableism'})
                RETURN count(*)""", Map.of())).isPositive();
    }

    @Test
    void badRowsAreReportedAndTheRestImports() throws Exception {
        Path file = Files.createTempFile("convene-bad-", ".csv");
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/topsy-bad.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of("nhssm"));
        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.rejected()).hasSize(2).allMatch(r -> r.file().equals(file.toString()));
        assertThat(db.readLong("MATCH (a:Account {handleLower: 'wardsister'}) RETURN count(a)", Map.of())).isEqualTo(1);
        // the newest bio wins: WardSister's own row is the only one with her profile
        assertThat(db.read("MATCH (a:Account {handleLower: 'wardsister'}) RETURN a.bio AS bio").getFirst()
                .get("bio").asString()).isEqualTo("Nurse and ward sister");
        assertThat(db.readLong("""
                MATCH (:Account {handleLower: 'drgp'})-[i:INTERACTS]->(:Account {handleLower: 'wardsister'})
                WHERE i.replies = 1 RETURN count(i)""", Map.of())).isEqualTo(1);
        assertThat(db.readLong("MATCH (c:Chat {tag: 'nhssm'}) RETURN count(c)", Map.of())).isEqualTo(1);
    }

    @Test
    void aQuoteNeverClosedLosesOnlyItsOwnLine() throws Exception {
        Path file = Files.createTempFile("convene-quote-", ".csv");
        Files.writeString(file, """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                nhssm,111,Before the broken one #nhssm,,,06/05/14,10,alice,,
                nhssm,222,"A quote never closed #nhssm,,,06/05/14,10,bob,,
                nhssm,333,After it #nhssm,,,2014-06-05 12:00,10,carol,,
                nhssm,444,"Quoted, with a comma #nhssm",,,06/05/14,10,dave,,
                """);
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of("nhssm"));
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("unreadable CSV");
        });
        assertThat(summary.read()).isEqualTo(4);
        assertThat(db.read("MATCH (a:Account)-[:POSTED]->(:Post) RETURN a.handleLower AS h ORDER BY h"))
                .extracting(r -> r.get("h").asString()).containsExactly("alice", "carol", "dave");
        // an ISO time in Topsy's date column is read as such
        assertThat(db.read("MATCH (:Account {handleLower: 'carol'})-[:POSTED]->(p:Post) RETURN toString(p.createdAt) AS t")
                .getFirst().get("t").asString()).startsWith("2014-06-05T12:00");
    }

    @Test
    void aBadRowRightAfterAnUnreadableOneIsReportedAtItsOwnLine() throws Exception {
        Path file = Files.createTempFile("convene-quote-", ".csv");
        Files.writeString(file, """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                nhssm,111,Before the broken one #nhssm,,,06/05/14,10,alice,,
                nhssm,112,Another #nhssm,,,06/05/14,10,alice,,
                nhssm,222,"A quote never closed #nhssm,,,06/05/14,10,bob,,
                nhssm,333,No author on this one #nhssm,,,06/05/14,10,,,
                nhssm,444,After it #nhssm,,,06/05/14,10,dave,,
                """);
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of("nhssm"));
        // before: the parser, reading on past the blanked lines, numbered the author-less row 2
        assertThat(summary.rejected()).extracting(Rejected::line).containsExactly(4L, 5L);
        assertThat(summary.rejected().get(1).reason()).contains("no author");
    }

    private static Path v2Line(String authorId, String handle) throws Exception {
        Path file = Files.createTempFile("convene-v2-", ".jsonl");
        Files.writeString(file, """
                {"id": "900", "author_id": "%s", "text": "hello #cancerchat", "created_at": "2014-06-20T12:00:00.000Z",
                 "author": {"id": "%s", "username": "%s", "description": "newest bio"}}
                """.formatted(authorId, authorId, handle).replace("\n", " ") + "\n");
        return file;
    }

    @Test
    void anAccountKnownByHandleTakesItsIdWhenAnApiFileBringsIt() throws Exception {
        importDemo("demo/cancerchat-2014.csv");
        long accounts = counts().get("accounts");
        db.write("MATCH (a:Account {id: '@debecca'}) CREATE (:Invitation {chat: 'cancerchat', platform: a.platform, "
                + "id: a.id, status: 'invited'})-[:INVITES]->(a)");
        imports.importAll(List.of(ImportService.Source.of(v2Line("555", "DeBecca"))), null, List.of());
        assertThat(counts().get("accounts")).isEqualTo(accounts);
        // its invitation follows the key, so that an erasure of it finds the invitation too
        assertThat(db.readLong("MATCH (i:Invitation {chat: 'cancerchat'}) WHERE i.id = '555' RETURN count(i)", Map.of())).isOne();
        db.write("MATCH (i:Invitation {chat: 'cancerchat'}) DETACH DELETE i");
        var r = db.read("MATCH (a:Account {handleLower: 'debecca'}) RETURN a.id AS id, a.bio AS bio, "
                + "COUNT { (a)-[:POSTED]->() } AS posts");
        assertThat(r).hasSize(1);
        assertThat(r.getFirst().get("id").asString()).isEqualTo("555");
        assertThat(r.getFirst().get("bio").asString()).isEqualTo("newest bio");
        assertThat(r.getFirst().get("posts").asLong()).isGreaterThan(1);
    }

    @Test
    void handleOnlyReferencesFindAnAccountImportedWithItsId() throws Exception {
        imports.importAll(List.of(ImportService.Source.of(v2Line("555", "debecca"))), null, List.of());
        importDemo("demo/cancerchat-2014.csv");
        assertThat(db.readLong("MATCH (a:Account {handleLower: 'debecca'}) RETURN count(a)", Map.of())).isEqualTo(1);
        assertThat(db.readLong("MATCH (a:Account {id: '@debecca'}) RETURN count(a)", Map.of())).isZero();
        assertThat(db.readLong("MATCH (:Account {id: '555'})<-[:MENTIONS|REPLIES_TO_ACCOUNT]-() RETURN count(*)",
                Map.of())).isPositive();
        assertThat(db.readLong("MATCH ()-[i:INTERACTS]->(:Account {id: '555'}) RETURN count(i)", Map.of())).isPositive();
    }

    @Test
    void aByteOrderMarkIsSkippedInEveryFormatGzippedOrNot() throws Exception {
        // Excel and Notepad open a UTF-8 file with one; it hid the first column's name and the first JSON record
        Path csv = Files.createTempFile("convene-bom-", ".csv");
        Path gz = Files.createTempFile("convene-bom-", ".jsonl.gz");
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/tags-wenurses.csv");
             var out = Files.newOutputStream(csv)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            in.transferTo(out);
        }
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/mastodon-pages-newest-first.jsonl");
             var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            in.transferTo(out);
        }
        ImportSummary tags = imports.importAll(List.of(ImportService.Source.of(csv)), null, List.of("wenurses"));
        assertThat(tags.read()).isEqualTo(4);
        assertThat(tags.rejected()).hasSize(1); // the fixture's own bad row, as without the mark
        assertThat(db.readLong("MATCH (:Hashtag {tag: 'wenurses'})<-[:TAGGED]-(p:Post) RETURN count(p)", Map.of())).isPositive();
        ImportSummary masto = imports.importAll(List.of(ImportService.Source.of(gz)), null, List.of("nhssm"));
        assertThat(masto.read()).isEqualTo(5);
        assertThat(masto.rejected()).isEmpty();
        assertThat(db.readLong("""
                MATCH (:Post {id: 'https://mastodon.example/users/doc/statuses/2003'})-[:REPLIES_TO]->(p:Post)
                RETURN count(p)""", Map.of())).isEqualTo(1);
        assertThat(db.readLong("MATCH (:Hashtag {tag: 'nhssm'})<-[:TAGGED]-(p:Post) RETURN count(p)", Map.of())).isEqualTo(4);
    }

    @Test
    void aTableOfUnknownColumnsPointsToMappings() throws Exception {
        Path file = Files.createTempFile("convene-own-", ".csv");
        Files.writeString(file, "Tweet ID;User;Message;Posted (UK)\n1;alice;Hello #wenurses;25/11/2026 20:05\n");
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of("wenurses"));
        assertThat(summary.rejected()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("Cannot tell the format", "convene mapping save"));
    }

    @Test
    void aRetweetRowsOriginalInTheSameFileIsOnePostAndItsMentionsCountOnce() throws Exception {
        // a host's export: Lisa's tweet, and Ann's "RT @Lisa: ..." of it, with no id for the original
        Path file = Files.createTempFile("convene-rt-", ".csv");
        Files.writeString(file, """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                wenurses,555000000000000001,Great answer from @sister_annie on discharge planning #wenurses,,sister_annie,2015-03-05 20:05,10,ANP_Lisa,,
                wenurses,555000000000000002,RT @ANP_Lisa: Great answer from @sister_annie on discharge planning #wenurses,,ANP_Lisa sister_annie,2015-03-05 20:09,10,carer_ann,,
                wenurses,555000000000000003,RT @ANP_Lisa: Great answer from @sister_annie on discharge…,,ANP_Lisa sister_annie,2015-03-05 20:10,10,nurse_bob,,
                """);
        ImportSummary first = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of("wenurses"));
        assertThat(first.rejected()).isEmpty();
        assertThat(first.newPosts()).isEqualTo(3);
        assertThat(db.readLong("MATCH (:Account {handleLower: 'anp_lisa'})-[:POSTED]->(p:Post) RETURN count(p)", Map.of())).isEqualTo(1);
        assertThat(db.readLong("""
                MATCH (r:Post)-[:RETWEETS]->(:Post {id: '555000000000000001'}) RETURN count(r)""", Map.of())).isEqualTo(2);
        assertThat(db.readLong("""
                MATCH (:Account {handleLower: 'anp_lisa'})-[i:INTERACTS]->(:Account {handleLower: 'sister_annie'})
                RETURN i.mentions""", Map.of())).isEqualTo(1);
        Map<String, Long> once = counts();
        ImportSummary again = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of("wenurses"));
        assertThat(again.newPosts()).isZero();
        assertThat(counts()).isEqualTo(once);
    }

    @Test
    void aGzippedFileImportsAndItsChatIsGroupedIntoSittings() throws Exception {
        Path gz = Files.createTempFile("convene-tags-", ".csv.gz");
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/tags-wenurses.csv");
             var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        List<Long> progress = new java.util.ArrayList<>();
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(gz)), null, List.of("#WeNurses"),
                (file, posts, read, total) -> progress.add(read));
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.rejected()).hasSize(1);
        assertThat(progress).isNotEmpty().last().isEqualTo(Files.size(gz));
        var session = db.read("""
                MATCH (s:ChatSession {chat: 'wenurses'})
                RETURN s.start AS start, s.end AS end, COUNT { (s)<-[:IN_SESSION]-() } AS posts""");
        assertThat(session).hasSize(1);
        assertThat(session.getFirst().get("start").asZonedDateTime().toInstant()).hasToString("2015-03-05T20:00:02Z");
        assertThat(session.getFirst().get("end").asZonedDateTime().toInstant()).hasToString("2015-03-05T20:07:00Z");
        assertThat(session.getFirst().get("posts").asLong()).isEqualTo(3);
    }

    @Test
    void aTruncatedGzipIsReportedAndWhatCameBeforeIsKept() throws Exception {
        Path gz = Files.createTempFile("convene-cut-", ".jsonl.gz");
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/twarc2-blacklivesmatter-2021.jsonl");
             var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        byte[] whole = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(gz)), null, List.of());
        assertThat(summary.rejected()).last().satisfies(r -> {
            assertThat(r.file()).isEqualTo(gz.toString());
            assertThat(r.reason()).contains("unreadable after byte").contains("truncated");
        });
        // the complete response pages before the cut are kept
        assertThat(summary.posts()).isPositive();
        assertThat(db.readLong("MATCH (p:Post) RETURN count(p)", Map.of())).isPositive();
    }

    @Test
    void anEdgeListAddsItsInteractionsAndReimportingChangesNothing() throws Exception {
        Path dir = Files.createTempDirectory("convene-edges-");
        Path file = dir.resolve("chat-replies.edgelist");
        Files.writeString(file, "# source target weight\n1 2 3\n2 1\n@Nurse_A 2 1\nthis line has four\n1 2 x\n");
        for (int i = 0; i < 2; i++) {
            ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(file)), null, List.of());
            assertThat(summary.read()).isEqualTo(5);
            assertThat(summary.edges()).isEqualTo(3);
            assertThat(summary.rejected()).extracting(Rejected::line).containsExactly(5L, 6L);
        }
        var r = db.read("""
                MATCH (:Account {id: '1'})-[i:INTERACTS]->(:Account {id: '2'})
                RETURN i.replies AS replies, i.mentions AS mentions, i.weight AS weight""");
        assertThat(r).hasSize(1);
        assertThat(r.getFirst().get("replies").asDouble()).isEqualTo(3.0);
        assertThat(r.getFirst().get("weight").asDouble()).isEqualTo(3.0);
        assertThat(db.readLong("MATCH (:Account {handleLower: 'nurse_a'})-[:INTERACTS]->() RETURN count(*)", Map.of()))
                .isEqualTo(1);
    }

    @Test
    void aDecompressionBombIsStoppedWithAClearMessageKeepingWhatCameBefore() throws Exception {
        Path bomb = Files.createTempFile("convene-bomb-", ".jsonl.gz");
        String firstTweet;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("ingest/twitter-v1-sample.jsonl"),
                java.nio.charset.StandardCharsets.UTF_8))) {
            firstTweet = lines.readLine();
        }
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write((firstTweet + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 100; i++) out.write(zeros); // 100 MB on one line, about 100 KB compressed
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        ImportSummary summary = imports.importAll(List.of(ImportService.Source.of(bomb)), null, List.of());

        assertThat(summary.posts()).isPositive();
        assertThat(summary.rejected()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("longer than 32 million characters"));
    }
}
