package org.convene.ingest;

import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Row walking shared by the CSV readers: each row's first line is reported with any rejection. */
final class CsvRows {

    private CsvRows() {}

    interface RowHandler {
        /** Throws IllegalArgumentException to reject the row. */
        void accept(CSVRecord row);
    }

    /**
     * A record the parser cannot read (a quote never closed reads on to the end of the file): it is set aside
     * and the import reads the file again from the next line ({@link ResumeAt}, handled by the import).
     */
    static final class ResumeAt extends RuntimeException {
        /** Where the record the parser could not read began, as far as the parser can tell. */
        final long line;
        final long rows;
        final String reason;

        ResumeAt(long line, long rows, String reason) {
            super("unreadable CSV at line " + line + ": " + reason, null, false, false);
            this.line = line;
            this.rows = rows;
            this.reason = reason;
        }
    }

    /** Returns the number of rows seen; throws {@link ResumeAt} at a record it cannot read. */
    static long forEach(String fileName, CSVParser parser, RowHandler handler, Consumer<Rejected> rejected) {
        var records = parser.iterator();
        long count = 0;
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord row;
            try {
                if (!records.hasNext()) return count;
                row = records.next();
            } catch (RuntimeException e) { // commons-csv wraps malformed input in UncheckedIOException
                // only a record the parser cannot read is skipped; a file that cannot be read stops (the import says where)
                if (!(rootCause(e) instanceof org.apache.commons.csv.CSVException)) throw e;
                throw new ResumeAt(line, count + 1, "unreadable CSV (" + rootMessage(e) + ")");
            }
            count++;
            try {
                handler.accept(row);
            } catch (IllegalArgumentException e) {
                rejected.accept(new Rejected(fileName, line, e.getMessage() + fieldCount(parser, row)));
            }
        }
    }

    /** A row with fewer or more fields than the header lost a comma or a quote: say so beside the error. */
    private static String fieldCount(CSVParser parser, CSVRecord row) {
        var header = parser.getHeaderNames();
        if (header == null || header.isEmpty() || row.size() == header.size()) return "";
        return " (the row has " + row.size() + " fields, the header " + header.size() + ": a missing comma or quote?)";
    }

    /** Whether the header has every column the format needs; if not, the file is rejected at line 1. */
    static boolean hasColumns(String fileName, CSVParser parser, java.util.List<String> columns, String format,
                              Consumer<Rejected> rejected) {
        var missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
        if (missing.isEmpty()) return true;
        rejected.accept(new Rejected(fileName, 1, "not " + format + ": missing columns " + missing));
        return false;
    }

    /** A field's value, or null when the column is missing, empty, or "None" (as pandas writes it). */
    static String field(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) return null;
        String value = row.get(column);
        return value == null || value.isBlank() || value.equals("None") ? null : value;
    }

    /**
     * A count as spreadsheets and scrapers write it: {@code 4812}, {@code 4,812}, {@code 4 812}, {@code 4812.0},
     * {@code 4.8K}, {@code 1.2M}; null when empty or not a count.
     */
    static Long number(String value) {
        if (value == null) return null;
        String v = value.strip().replaceAll("[,\s\u00A0\u202F_']", "");
        double scale = 1;
        if (v.matches("(?i).*[0-9][km]")) {
            scale = Character.toLowerCase(v.charAt(v.length() - 1)) == 'k' ? 1e3 : 1e6;
            v = v.substring(0, v.length() - 1);
        }
        // a count has no fraction unless scaled (4.8K); "4.812" may be a thousands mark or not: not guessed
        if (!v.matches(scale == 1 ? "[0-9]+(\\.0+)?" : "[0-9]+(\\.[0-9]+)?")) return null;
        return Math.round(Double.parseDouble(v) * scale);
    }

    /** The parser's message without its own line and position, which count differently from the line we report. */
    static String rootMessage(Throwable e) {
        String m = String.valueOf(rootCause(e).getMessage());
        return m.replaceAll("\\s*at line: [\\d,]+, position: [\\d,]+", "")
                .replaceAll("\\((?:start)?line [\\d,]+\\)\\s*", "").strip();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t;
    }
}
