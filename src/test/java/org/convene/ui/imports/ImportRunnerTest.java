package org.convene.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.CsvMappings;
import org.convene.ingest.ImportSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the Import page does with uploads, without the browser: stage, limit, import (a saved mapping too), report. */
class ImportRunnerTest extends GraphTestBase {

    @Autowired ImportRunner runner;
    @Autowired GraphDb db;
    @Autowired CsvMappings mappings;

    @AfterEach
    void clean() {
        db.write("MATCH (m:CsvMapping {name: 'uisheet'}) DELETE m");
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    private static Path upload(String resource) throws Exception {
        Path part = Files.createTempFile("upload-", ".part");
        try (var in = ImportRunnerTest.class.getResourceAsStream(resource)) {
            Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return part;
    }

    @Test
    void importsStagedUploadsWithProgressAndReportsRejectedRecordsByTheirUploadName() throws Exception {
        StagedFiles staged = new StagedFiles(10_000_000, 5);
        Path part = upload("/ingest/topsy-bad.csv");
        Path file = staged.add("C:\\Users\\me\\topsy bad.csv", part);
        assertThat(file.getFileName().toString()).isEqualTo("topsy_bad.csv");
        assertThat(part).doesNotExist();

        List<ImportRunner.Snapshot> seen = new ArrayList<>();
        var summary = runner.run(staged.files(), null, List.of("#NHSSM"), () -> { }, seen::add);
        staged.clear();

        assertThat(summary.posts()).isPositive();
        assertThat(summary.rejected()).isNotEmpty().allSatisfy(r -> assertThat(r.file()).isEqualTo("topsy_bad.csv"));
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast().bytesRead()).isEqualTo(seen.getLast().bytesTotal());
        assertThat(seen.getLast().written()).isEqualTo(summary.posts());
        assertThat(db.readLong("MATCH (c:Chat {tag: 'nhssm'}) RETURN count(c)", Map.of())).isOne();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void limitsSayWhichSettingAndWhatToDo() throws Exception {
        StagedFiles staged = new StagedFiles(100, 1);
        assertThatThrownBy(() -> staged.check("big.jsonl", 101))
                .hasMessageContaining("big.jsonl").hasMessageContaining("convene.upload.max-file-size")
                .hasMessageContaining("convene import");
        Path small = Files.createTempFile("upload-", ".part");
        Files.writeString(small, "a b\n");
        staged.add("edges.txt", small);
        assertThatThrownBy(() -> staged.check("second.txt", 10)).hasMessageContaining("convene.upload.max-files");
        Path again = Files.createTempFile("upload-", ".part");
        Files.writeString(again, "a c\n");
        staged.add("edges.txt", again); // the same name again replaces the first
        assertThat(staged.files()).singleElement().satisfies(p -> assertThat(Files.readString(p)).isEqualTo("a c\n"));
        staged.clear();
        assertThat(staged.isEmpty()).isTrue();
    }

    @Test
    void unsafeNamesBecomePlainFileNames() {
        assertThat(StagedFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StagedFiles.safeName("..")).isEqualTo("upload");
        assertThat(StagedFiles.safeName("replies 2014.edgelist.gz")).isEqualTo("replies_2014.edgelist.gz");
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
