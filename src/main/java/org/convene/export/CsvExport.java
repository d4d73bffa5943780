package org.convene.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.export.ExportGraph.Column;

/** accounts.csv and interactions.csv in one directory, RFC 4180, for R (read.csv) and pandas. */
final class CsvExport {

    private CsvExport() {}

    static List<Path> write(ExportGraph graph, Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("CSV export writes two files: --out must be a directory, not " + dir);
        }
        Files.createDirectories(dir);
        Path accounts = dir.resolve("accounts.csv");
        Path interactions = dir.resolve("interactions.csv");
        write(accounts, ExportGraph.ID, null, graph.nodeColumns(), graph.nodes());
        write(interactions, ExportGraph.SOURCE, ExportGraph.TARGET, graph.edgeColumns(), graph.edges());
        return List.of(accounts, interactions);
    }

    private static void write(Path file, String first, String second, List<Column> columns,
                              List<Map<String, Object>> rows) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(first);
        if (second != null) header.add(second);
        columns.forEach(c -> header.add(c.name()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>();
                for (String h : header) values.add(row.get(h));
                csv.printRecord(values);
            }
        }
    }
}
