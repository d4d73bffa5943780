package org.convene.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Human tables and machine JSON for the subcommands. */
final class Output {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_CELL = 60;

    private Output() {}

    /** "1 line", "3 lines", "1,204 corrections": a count with its noun in the right number. */
    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Object parseValue(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException e) {
            return text;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseJsonObject(String text) {
        return JSON.readValue(text, Map.class);
    }

    /** Lines set aside, as JSON objects with the file, line and reason. */
    static List<Map<String, Object>> rejected(List<org.convene.ingest.Rejected> rejected) {
        return rejected.stream().map(r -> Map.<String, Object>of("file", r.file(), "line", r.line(), "reason", r.reason())).toList();
    }

    /** Prints the rows as a table; returns whether a cell was cut at {@value #MAX_CELL} characters. */
    static boolean table(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
        if (columns.isEmpty()) return false;
        boolean cut = false;
        int[] width = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) width[i] = columns.get(i).length();
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String text = flat(row.get(columns.get(i)));
                cut |= text.length() > MAX_CELL;
                String cell = text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
                width[i] = Math.max(width[i], cell.length());
                line.add(cell);
            }
            cells.add(line);
        }
        out.println(line(columns, width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) rule.append(rule.isEmpty() ? "" : "-+-").append("-".repeat(w));
        out.println(rule);
        for (List<String> line : cells) out.println(line(line, width));
        return cut;
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(" | ");
            b.append(String.format("%-" + width[i] + "s", cells.get(i)));
        }
        return b.toString().stripTrailing();
    }

    /** A value as one line of text: strings as they are, anything else as JSON, whitespace runs as one space. */
    private static String flat(Object value) {
        String text = value == null ? "null"
                : value instanceof String s ? s
                : json(value);
        return text.replaceAll("\\s+", " ");
    }
}
