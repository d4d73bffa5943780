package org.convene.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.CsvMappings;
import org.convene.ingest.ImportSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Import page's runner: a saved CSV mapping is offered beside the formats and imports like one. */
class ImportRunnerTest extends GraphTestBase {

    @Autowired ImportRunner runner;
    @Autowired CsvMappings mappings;
    @Autowired GraphDb db;

    @AfterEach
    void clean() {
        db.write("MATCH (m:CsvMapping {name: 'uisheet'}) DELETE m");
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    @Test
    void aSavedMappingIsAFormatToChoose() throws Exception {
        mappings.save(CsvMappings.fromMap(Map.of("name", "uisheet", "delimiter", ";", "id", "Tweet ID",
                "authorHandle", "User", "authorName", "Display name", "bio", "About", "text", "Message",
                "time", "Posted (UK)", "timeFormat", "dd/MM/yyyy HH:mm", "zone", "Europe/London")));
        assertThat(runner.mappings()).contains("mapping: uisheet");
        Path file = Files.createTempFile("convene-sheet-", ".csv");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ingest/custom-wenurses.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ImportSummary summary = runner.run(List.of(file), "mapping: uisheet", List.of("wenurses"), () -> { }, s -> { });
        Files.delete(file);
        assertThat(summary.posts()).isPositive();
        assertThat(summary.read()).isGreaterThan(summary.rejected().size()); // the sheet has a few bad rows on purpose
        assertThat(runner.last().summary()).isEqualTo(summary);
        assertThat(runner.current()).isNull();
    }
}
