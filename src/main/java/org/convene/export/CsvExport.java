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

/**
 * accounts.csv and interactions.csv in one directory, RFC 4180, for R (read.csv) and pandas, with
 * about-this-export.txt saying where they came from (what GEXF and GraphML keep in the file's description).
 */
final class CsvExport {

    private CsvExport() {}

    static final String ABOUT = "about-this-export.txt";

    /** @param description where the data came from: export time, the analysis behind the scores, filters */
    static List<Path> write(ExportGraph graph, String description, Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("CSV export writes two files: --out must be a directory, not " + dir);
        }
        Files.createDirectories(dir);
        Path accounts = dir.resolve("accounts.csv");
        Path interactions = dir.resolve("interactions.csv");
        write(accounts, ExportGraph.ID, null, graph.nodeColumns(), graph.nodes());
        write(interactions, ExportGraph.SOURCE, ExportGraph.TARGET, graph.edgeColumns(), graph.edges());
        Path about = dir.resolve(ABOUT);
        Files.writeString(about, description + "\n\n"
                + "accounts.csv: one row per account (id is platform:id), with its roles, community and scores.\n"
                + "interactions.csv: one row per directed pair of accounts (source, target), with the weight and the\n"
                + "count of each kind of interaction. Every column is described in Convene's README, \"Exporting\".\n",
                StandardCharsets.UTF_8);
        return List.of(accounts, interactions, about);
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
