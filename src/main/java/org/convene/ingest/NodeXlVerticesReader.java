package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * NodeXL's Vertices sheet saved as CSV: one account per row, by handle ({@code Vertex}), with its display
 * name, bio ({@code Description}), follower count, location and web link. NodeXL's graph metrics, layout
 * and join date are not kept. A profile counts as seen at the row's {@code Latest Tweet Date (UTC)} when
 * the sheet has it, else when the file was last written, so a newer profile from another source still wins.
 */
@Component
public final class NodeXlVerticesReader implements NetworkReader {

    private static final List<String> REQUIRED = List.of("Vertex");

    @Override
    public String format() {
        return "nodexl-vertices";
    }

    @Override
    public boolean detects(String head) {
        String header = NodeXlCsv.headerLine(head, "Vertex");
        if (header == null) return false;
        String h = NodeXlCsv.key(header);
        return h.contains("followers") || h.contains("description") || h.contains("joined twitter date");
    }

    @Override
    public long read(String fileName, Reader in, Sink out, Consumer<Rejected> rejected) throws IOException {
        Instant written = written(fileName);
        return NodeXlCsv.forEach(fileName, in, "Vertex", REQUIRED, "a NodeXL vertex sheet", row -> {
            String handle = row.get("Vertex");
            if (handle == null) throw new IllegalArgumentException("no Vertex");
            handle = handle.strip().replaceFirst("^@", "");
            Instant seen = NodeXlCsv.time(row.get("Latest Tweet Date (UTC)"), "Latest Tweet Date (UTC)");
            out.profile(new Account(NodeXlCsv.PLATFORM, Account.handleKey(handle), handle, row.get("Name"),
                    row.get("Description"), row.get("Location"), CsvRows.number(row.get("Followers")), row.get("Web"),
                    seen != null ? seen : written));
        }, rejected);
    }

    private static Instant written(String fileName) {
        try {
            return Files.getLastModifiedTime(Path.of(fileName)).toInstant();
        } catch (IOException | RuntimeException e) {
            return Instant.now();
        }
    }
}
