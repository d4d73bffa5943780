package org.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.convene.ingest.CsvMappings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code convene mapping ...}, {@code import --mapping} and {@code convene chat ...} against the test server's Bolt port. */
class MappingAndChatCliTest extends GraphTestBase {

    @Autowired EmbeddedNeo4j server;
    @Autowired GraphDb db;
    @Autowired CsvMappings mappings;


    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int at = args[0].equals("import") ? 1 : 2; // after the (sub)command's name
        all.addAll(at, List.of("--uri", server.boltUri().toString(), "--user", "neo4j", "--password", server.password()));
        return CliRun.of(all.toArray(String[]::new));
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:CsvMapping DETACH DELETE n");
    }

    @Test
    void saveAMappingImportThroughItAndScheduleTheChat() throws Exception {
        Path dir = Files.createTempDirectory("convene-mapping-cli-");
        Path csv = dir.resolve("sheet.csv");
        try (var in = getClass().getClassLoader().getResourceAsStream("ingest/custom-wenurses.csv")) {
            Files.copy(in, csv);
        }
        CliRun saved = run("mapping", "save", "sheet", "--delimiter", ";", "--id", "Tweet ID", "--author", "User",
                "--author-name", "Display name", "--bio", "About", "--text", "Message", "--time", "Posted (UK)",
                "--time-format", "dd/MM/yyyy HH:mm", "--zone", "Europe/London");
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved CSV mapping 'sheet'", "Times: dd/MM/yyyy HH:mm, in Europe/London")
                .doesNotContain("read as UTC");
        assertThat(run("mapping", "list").out()).contains("sheet", "Posted (UK)", "1 mapping(s)");

        Path json = dir.resolve("sheet.json");
        Files.writeString(json, run("mapping", "show", "sheet").out());
        CliRun copy = run("mapping", "save", "copy", "--from-file", json.toString(), "--zone", "UTC");
        assertThat(copy.code()).isZero();
        assertThat(copy.out()).contains("times without an offset are read as UTC"); // the host's summer sittings moved an hour
        assertThat(mappings.get("copy").zone()).isEqualTo("UTC");
        assertThat(mappings.get("copy").timeFormat()).isEqualTo("dd/MM/yyyy HH:mm");

        CliRun imported = run("import", "--mapping", "sheet", "--chat", "wenurses", "--json",
                "--report", dir.resolve("rejected.csv").toString(), csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"read\":5", "\"posts\":4");
        assertThat(Files.readString(dir.resolve("rejected.csv"))).contains("sheet.csv,5,", "sheet.csv,6,");

        CliRun unknown = run("import", "--mapping", "nosuch", csv.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("No CSV mapping named 'nosuch'", "copy", "sheet");

        CliRun scheduled = run("chat", "schedule", "wenurses", "--weekly", "THU", "20:00", "--zone", "Europe/London",
                "--duration", "60m", "--slack", "30m");
        assertThat(scheduled.code()).as(scheduled.err()).isZero();
        assertThat(scheduled.out()).contains("#wenurses: weekly THU 20:00 Europe/London 60m slack 30m; 1 session(s)");
        assertThat(db.read("MATCH (s:ChatSession {chat: 'wenurses'}) RETURN s.start AS start, s.posts AS posts")
                .getFirst().get("start").asZonedDateTime().toInstant()).hasToString("2015-04-02T19:00:00Z");
        CliRun listed = run("chat", "list");
        assertThat(listed.out()).contains("#wenurses", "weekly THU 20:00 Europe/London", "1 chat(s)");
        CliRun none = run("chat", "schedule", "#wenurses", "--none");
        assertThat(none.out()).contains("the 90-minute gap rule");
        assertThat(run("chat", "list", "--json").out()).contains("\"schedule\":\"gap rule (90 min)\"");

        assertThat(run("chat", "schedule", "wenurses").code()).isEqualTo(2);
        assertThat(run("chat", "schedule", "wenurses", "--weekly", "THU", "20:00", "--zone", "Mars/Base",
                "--duration", "1h").err()).contains("unknown time zone 'Mars/Base'");

        assertThat(run("mapping", "delete", "sheet").code()).isZero();
        CliRun again = run("mapping", "delete", "sheet");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("No CSV mapping named 'sheet'");
        assertThat(mappings.list()).extracting(s -> s.mapping().name()).containsExactly("copy");
    }

    @Test
    void helpNamesTheNewCommands() {
        CliRun help = run("mapping", "save", "--help");
        assertThat(help.out()).contains("--time-format", "--from-file", "--mentions", "--reply-to-post");
        assertThat(ConveneCli.run("--help")).isZero();
        assertThat(db.readLong("MATCH (m:CsvMapping) RETURN count(m)", Map.of())).isZero();
    }
}
