package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MappedCsvImportTest extends GraphTestBase {

    @Autowired ImportService imports;
    @Autowired CsvMappings mappings;
    @Autowired GraphDb db;

    /** The fixture's columns, as a user would map them once. */
    static CsvMapping sheet(String name) {
        return CsvMappings.fromMap(Map.of("name", name, "delimiter", ";", "id", "Tweet ID", "authorHandle", "User",
                "authorName", "Display name", "bio", "About", "text", "Message", "time", "Posted (UK)",
                "timeFormat", "dd/MM/yyyy HH:mm", "zone", "Europe/London"));
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:CsvMapping DETACH DELETE n");
    }

    static Path fixture() throws Exception {
        Path file = Files.createTempFile("convene-custom-", ".csv");
        try (var in = MappedCsvImportTest.class.getClassLoader().getResourceAsStream("ingest/custom-wenurses.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void mappingsAreSavedListedReplacedAndDeletedInTheGraph() {
        mappings.save(sheet("sheet"));
        mappings.save(CsvMappings.fromMap(Map.of("name", "other", "authorHandle", "a", "text", "t", "time", "x")));
        mappings.save(CsvMappings.fromMap(Map.of("name", "sheet", "authorHandle", "User", "text", "Message",
                "time", "When", "timeFormat", "epoch-millis")));
        assertThat(mappings.list()).extracting(s -> s.mapping().name()).containsExactly("other", "sheet");
        CsvMapping replaced = mappings.get("sheet");
        assertThat(replaced.time()).isEqualTo("When");
        assertThat(replaced.timeFormat()).isEqualTo("epoch-millis");
        assertThat(replaced.zone()).isEqualTo("UTC");
        assertThat(mappings.delete("sheet")).isTrue();
        assertThat(mappings.delete("sheet")).isFalse();
        assertThatThrownBy(() -> mappings.get("sheet")).hasMessageContaining("No CSV mapping named 'sheet'")
                .hasMessageContaining("[other]");
    }

    @Test
    void aMappingMustBeAbleToReadPosts() {
        assertThatThrownBy(() -> mappings.save(CsvMappings.fromMap(Map.of("name", "x", "text", "t"))))
                .hasMessageContaining("author").hasMessageContaining("time");
        assertThatThrownBy(() -> mappings.save(CsvMappings.fromMap(Map.of("name", "x", "authorHandle", "a",
                "text", "t", "time", "w", "timeFormat", "dd/MM/yyyy HH:mm bbb"))))
                .hasMessageContaining("time format");
        assertThatThrownBy(() -> mappings.save(CsvMappings.fromMap(Map.of("name", "x", "authorHandle", "a",
                "text", "t", "time", "w", "zone", "Mars/Olympus"))))
                .hasMessageContaining("unknown time zone");
        assertThatThrownBy(() -> CsvMappings.fromJson("{\"name\": \"x\", \"author\": \"a\"}"))
                .hasMessageContaining("Not a CSV mapping");
    }

    @Test
    void importsThroughTheMappingWithLocalTimesAndTheTextRules() throws Exception {
        Path file = fixture();
        ImportSummary summary = imports.importWithMapping(List.of(ImportService.Source.of(file)), sheet("sheet"),
                List.of("wenurses"), ImportService.Progress.NONE);
        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.rejected()).extracting(Rejected::line).containsExactly(5L, 6L);
        assertThat(summary.rejected().getFirst().reason()).contains("2015-04-02 20:06").contains("dd/MM/yyyy HH:mm");
        assertThat(summary.rejected().get(1).reason()).contains("no id");
        assertThat(summary.rejected()).allMatch(r -> r.file().equals(file.toString()));

        // 20:00 in London on 2 April 2015 is British Summer Time: 19:00 UTC
        var first = db.read("""
                MATCH (a:Account)-[:POSTED]->(p:Post {id: '700000000000000001'})
                RETURN p.createdAt AS at, a.name AS name, a.bio AS bio,
                       [(p)-[:MENTIONS]->(m) | m.handleLower] AS mentions, [(p)-[:TAGGED]->(h) | h.tag] AS tags""").getFirst();
        assertThat(first.get("at").asZonedDateTime().toInstant()).hasToString("2015-04-02T19:00:00Z");
        assertThat(first.get("name").asString()).isEqualTo("Nurse Leader");
        assertThat(first.get("bio").asString()).isEqualTo("Chief nurse, views my own");
        assertThat(first.get("mentions").asList()).containsExactly("chiefnursenhs");
        assertThat(first.get("tags").asList()).containsExactly("wenurses");

        // a leading @handle is an inferred reply, not also a mention; the other handle is a mention
        var reply = db.read("""
                MATCH (:Account {handleLower: 'studentnurse'})-[i:INTERACTS]->(b:Account)
                RETURN b.handleLower AS b, i.replies AS replies, i.mentions AS mentions ORDER BY b""");
        assertThat(reply).extracting(r -> r.get("b").asString() + ":" + r.get("replies").asLong() + "/" + r.get("mentions").asLong())
                .containsExactly("nurseleader:1/0", "wardsister:0/1");

        // an RT text is a retweet of the author, and the mention inside stays with the original
        var rt = db.read("""
                MATCH (:Account {handleLower: 'wardsister'})-[i:INTERACTS]->(b:Account)
                RETURN b.handleLower AS b, i.retweets AS retweets, i.mentions AS mentions""");
        assertThat(rt).extracting(r -> r.get("b").asString() + ":" + r.get("retweets").asLong() + "/" + r.get("mentions").asLong())
                .containsExactly("nurseleader:1/0");

        assertThat(db.readLong("MATCH (s:ChatSession {chat: 'wenurses'}) RETURN count(s)", Map.of())).isEqualTo(1);
        long posts = db.readLong("MATCH (p:Post) RETURN count(p)", Map.of());
        imports.importWithMapping(List.of(ImportService.Source.of(file)), sheet("sheet"), List.of("wenurses"),
                ImportService.Progress.NONE);
        assertThat(db.readLong("MATCH (p:Post) RETURN count(p)", Map.of())).isEqualTo(posts);
    }

    @Test
    void withoutAnIdColumnRowsAreKeyedByAHashAndReimportingChangesNothing() throws Exception {
        Path file = fixture();
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("name", "noid", "delimiter", ";",
                "authorHandle", "User", "text", "Message", "time", "Posted (UK)", "timeFormat", "dd/MM/yyyy HH:mm",
                "zone", "Europe/London"));
        CsvMapping noId = CsvMappings.fromMap(fields);
        for (int i = 0; i < 2; i++) {
            ImportSummary summary = imports.importWithMapping(List.of(ImportService.Source.of(file)), noId, List.of(),
                    ImportService.Progress.NONE);
            assertThat(summary.rejected()).hasSize(1);
        }
        assertThat(db.readLong("MATCH (p:Post) WHERE p.id STARTS WITH 'csv:' RETURN count(p)", Map.of())).isEqualTo(4);
        assertThat(db.readLong("MATCH (:Account {handleLower: 'noidnurse'})-[:POSTED]->(p) RETURN count(p)", Map.of()))
                .isEqualTo(1);
    }

    @Test
    void aColumnTheFileLacksIsReportedWithTheFilesColumns() throws Exception {
        Path file = fixture();
        CsvMapping wrong = CsvMappings.fromMap(Map.of("name", "wrong", "delimiter", ";", "authorHandle", "user",
                "text", "Tweet", "time", "Posted (UK)", "mentions", "Mentioned"));
        ImportSummary summary = imports.importWithMapping(List.of(ImportService.Source.of(file)), wrong, List.of(),
                ImportService.Progress.NONE);
        assertThat(summary.posts()).isZero();
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).contains("text = 'Tweet'", "mentions = 'Mentioned'")
                    .doesNotContain("authorHandle") // matched ignoring case
                    .contains("[Tweet ID, User, Display name, About, Posted (UK), Message]");
        });
    }

    @Test
    void mentionsOnMastodonAndBlueskyKeepTheirServerOrDomain() {
        assertThat(TextEntities.mentions("mastodon", "Thanks @DrBob@med.social and @nurse_jo@nurses.social, and @local!"))
                .extracting(Account::id, Account::handle).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("drbob@med.social", "DrBob@med.social"),
                        org.assertj.core.groups.Tuple.tuple("nurse_jo@nurses.social", "nurse_jo@nurses.social"),
                        org.assertj.core.groups.Tuple.tuple("@local", "local"));
        assertThat(TextEntities.mentions("bluesky", "cc @drbob.bsky.social."))
                .extracting(Account::handle).containsExactly("drbob.bsky.social");
        assertThat(TextEntities.leadingHandle("mastodon", "@DrBob@med.social agreed").id()).isEqualTo("drbob@med.social");
        // Twitter handles stop at what Twitter allows: an e-mail address is no mention
        assertThat(TextEntities.mentions("twitter", "@jo_rn: write to me@nhs.net"))
                .extracting(Account::handle).containsExactly("jo_rn");
    }

    @Test
    void timesInEveryDeclaredFormat() {
        assertThat(TimeParser.of("iso", "Europe/London").parse("2015-01-08 20:00")).hasToString("2015-01-08T20:00:00Z");
        assertThat(TimeParser.of("iso", "Europe/London").parse("2015-07-09T20:00:00+01:00")).hasToString("2015-07-09T19:00:00Z");
        assertThat(TimeParser.of("iso", "UTC").parse("2015-07-09T20:00:00.123Z")).hasToString("2015-07-09T20:00:00.123Z");
        assertThat(TimeParser.of("epoch-seconds", "UTC").parse("1420747200")).hasToString("2015-01-08T20:00:00Z");
        assertThat(TimeParser.of("epoch-millis", "UTC").parse("1420747200000")).hasToString("2015-01-08T20:00:00Z");
        assertThat(TimeParser.of("EEE MMM dd HH:mm:ss Z yyyy", "UTC").parse("Thu Jan 08 20:00:00 +0000 2015"))
                .hasToString("2015-01-08T20:00:00Z");
        assertThat(TimeParser.of("M/d/yyyy h:mm a", "America/New_York").parse("7/9/2015 3:00 PM"))
                .hasToString("2015-07-09T19:00:00Z");
        assertThatThrownBy(() -> TimeParser.of("epoch-seconds", "UTC").parse("yesterday"))
                .hasMessageContaining("'yesterday' does not match the format 'epoch-seconds'");
    }

    @Test
    void spreadsheetHabitsInATimePatternAreRefusedWithTheFix() {
        // Excel's dd/mm/yyyy hh:mm rejected every row of a host's export, with no hint why
        assertThatThrownBy(() -> TimeParser.of("dd/mm/yyyy HH:mm", "UTC")).hasMessageContaining("write dd/MM/yyyy HH:mm");
        assertThatThrownBy(() -> TimeParser.of("dd/MM/yyyy hh:mm", "UTC")).hasMessageContaining("write HH:mm");
        assertThatThrownBy(() -> TimeParser.of("dd/MM/YYYY HH:mm", "UTC")).hasMessageContaining("write yyyy");
        assertThatThrownBy(() -> TimeParser.of("DD/MM/yyyy HH:mm", "UTC")).hasMessageContaining("write dd");
        assertThat(TimeParser.of("HH:mm 'on' dd/MM/yyyy", "UTC").parse("20:05 on 25/11/2026")).hasToString("2026-11-25T20:05:00Z");
    }
}
