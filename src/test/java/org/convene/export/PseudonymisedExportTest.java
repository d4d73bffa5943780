package org.convene.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real file imported, then exported pseudonymised in every format: no handle, id, name, bio or post text of
 * the source is in any exported file, and a new salt gives new pseudonyms.
 */
class PseudonymisedExportTest extends GraphTestBase {

    static final List<Path> SAMPLES = List.of(Path.of("src/test/resources/ingest/twitter-v1-sample.jsonl"),
            Path.of("src/test/resources/ingest/tags-wenurses.csv"));

    @Autowired GraphDb db;
    @Autowired ImportService imports;
    @Autowired ExportService export;
    @TempDir Path dir;

    @BeforeEach
    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    @Test
    void noHandleIdNameBioOrTextOfTheSourceIsExported() throws Exception {
        imports.importAll(SAMPLES.stream().map(ImportService.Source::of).toList(), null, List.of());
        List<String> secrets = new ArrayList<>();
        for (var r : db.read("MATCH (a:Account) RETURN a.handle AS h, a.id AS id, a.name AS name, a.bio AS bio")) {
            for (String k : List.of("h", "id", "name", "bio")) {
                String v = r.get(k).asString(null);
                if (v != null && v.strip().length() >= 4) secrets.add(v.strip());
            }
        }
        for (var r : db.read("MATCH (p:Post) WHERE p.text IS NOT NULL RETURN p.text AS t, p.id AS id")) {
            secrets.add(r.get("id").asString());
            String text = r.get("t").asString().strip();
            if (text.length() >= 12) secrets.add(text.substring(0, 12));
        }
        assertThat(secrets).hasSizeGreaterThan(10);
        assertThat(db.readLong("MATCH ()-[i:INTERACTS]->() RETURN count(i)", java.util.Map.of())).isPositive();

        var csv = export.export(ExportFormat.CSV, dir.resolve("csv"), true, null);
        var gexf = export.export(ExportFormat.GEXF, dir.resolve("g.gexf"), true, null);
        var graphml = export.export(ExportFormat.GRAPHML, dir.resolve("g.graphml"), true, "kept salt for two exports");
        assertThat(csv.interactions()).isPositive();
        StringBuilder all = new StringBuilder();
        for (var s : List.of(csv, gexf, graphml)) for (Path f : s.files()) all.append(Files.readString(f)).append('\n');
        String exported = all.toString().toLowerCase(Locale.ROOT);
        assertThat(secrets).allSatisfy(s -> assertThat(exported).as("exported files contain '%s'", s)
                .doesNotContain(s.toLowerCase(Locale.ROOT)));

        // follower counts only as powers of ten: an exact count would find the person again
        List<String> header = List.of(Files.readAllLines(dir.resolve("csv/accounts.csv")).getFirst().split(","));
        int column = header.indexOf("followers");
        assertThat(column).isNotNegative();
        List<String> counts = Files.readAllLines(dir.resolve("csv/accounts.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).filter(f -> f.length > column && !f[column].isBlank()).map(f -> f[column]).toList();
        assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c).matches("0|10*"));
        assertThat(ExportService.band(3892)).isEqualTo(1000);
        assertThat(ExportService.band(9)).isEqualTo(1);
        assertThat(ExportService.band(10)).isEqualTo(10);

        // rows in pseudonym order: in the order of the real ids, a chat's list of participants would undo them
        List<String> ids = Files.readAllLines(dir.resolve("csv/accounts.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).hasSizeGreaterThan(10).isSorted();
        // a short salt can be guessed, and with it every pseudonym undone
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.export(ExportFormat.CSV, dir.resolve("weak"), true, "study1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 characters");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.export(ExportFormat.CSV, dir.resolve("weak"), true, "aaaaaaaaaaaaaaaa"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 of them different");

        // a new salt per export: the same account gets another pseudonym
        export.export(ExportFormat.CSV, dir.resolve("again"), true, null);
        assertThat(Files.readString(dir.resolve("again/accounts.csv"))).isNotEqualTo(Files.readString(dir.resolve("csv/accounts.csv")));
    }
}
