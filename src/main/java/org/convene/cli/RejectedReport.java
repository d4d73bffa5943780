package org.convene.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.convene.ingest.ImportSummary;
import org.convene.ingest.RejectedCsv;

/** The import report a user can open in a spreadsheet: one row per rejected record. */
final class RejectedReport {

    private RejectedReport() {}

    /** Writes the report to {@code file}, or to a timestamped file when there are rejections; returns where. */
    static Path write(ImportSummary summary, Path file) {
        if (file == null && summary.rejected().isEmpty()) return null;
        Path target = file != null ? file : Path.of("import-rejected-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
        try (var out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            RejectedCsv.write(summary.rejected(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the import report " + target + ": " + e.getMessage(), e);
        }
        return target.toAbsolutePath();
    }
}
