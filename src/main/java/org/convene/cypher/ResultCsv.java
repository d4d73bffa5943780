package org.convene.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** A query result as CSV for a spreadsheet: text and numbers as they are, nodes, lists and maps as JSON. */
public final class ResultCsv {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultCsv() {}

    public static void write(CypherResult result, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(result.columns().toArray(String[]::new)).get());
            for (Map<String, Object> row : result.rows()) {
                List<String> cells = new ArrayList<>();
                for (String column : result.columns()) cells.add(cell(row.get(column)));
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof String || value instanceof Number || value instanceof Boolean) return value.toString();
        return JSON.writeValueAsString(value);
    }
}
