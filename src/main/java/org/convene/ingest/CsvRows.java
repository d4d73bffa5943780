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

    /** Returns the number of rows seen. A broken quote stops the file, as the parser cannot resynchronise. */
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
                rejected.accept(new Rejected(fileName, line, "unreadable CSV, the rest of the file cannot be read: "
                        + rootMessage(e)));
                return count + 1;
            }
            count++;
            try {
                handler.accept(row);
            } catch (IllegalArgumentException e) {
                rejected.accept(new Rejected(fileName, line, e.getMessage()));
            }
        }
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

    static Long number(String value) {
        if (value == null) return null;
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
