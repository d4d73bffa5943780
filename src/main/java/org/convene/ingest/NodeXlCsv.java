package org.convene.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What NodeXL's edge and vertex sheets share once saved as CSV: the workbook's group row above the header
 * ("Visual Properties", "Labels", ...) that Excel may write first, columns that vary by NodeXL version and
 * so are found by name (ignoring case and spaces), and dates as Excel or NodeXL wrote them, in UTC.
 */
final class NodeXlCsv {

    static final String PLATFORM = "twitter";
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd['T'][ ]HH:mm[:ss][.SSS][X]", Locale.ENGLISH));

    private NodeXlCsv() {}

    /** The header line among the first two lines: the one holding {@code column}, or null. */
    static String headerLine(String head, String column) {
        List<String> lines = head.lines().limit(2).toList();
        for (String line : lines) {
            if (columns(line).contains(key(column))) return line;
        }
        return null;
    }

    private static List<String> columns(String line) {
        try (CSVParser p = CSVParser.parse(line, CSVFormat.DEFAULT)) {
            var records = p.getRecords();
            return records.isEmpty() ? List.of() : records.getFirst().stream().map(NodeXlCsv::key).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static String key(String column) {
        return column.replace("\uFEFF", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** A sheet's rows, by column name; the handler throws IllegalArgumentException to reject a row. */
    interface RowHandler {
        void accept(Row row);
    }

    record Row(CSVRecord record, Map<String, String> columns) {
        /** The field under the first of {@code names} the file has, or null when absent or empty. */
        String get(String... names) {
            for (String name : names) {
                String column = columns.get(key(name));
                if (column != null) return CsvRows.field(record, column);
            }
            return null;
        }

        boolean has(String name) {
            return columns.containsKey(key(name));
        }
    }

    /**
     * Walks the sheet after its header (found by {@code anchor}, skipping a group row above it); rejects
     * the file when a {@code required} column is missing. Line numbers are the file's own.
     */
    static long forEach(String fileName, Reader in, String anchor, List<String> required, String what,
                        RowHandler handler, Consumer<Rejected> rejected) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        reader.mark(1 << 16);
        String first = reader.readLine();
        if (first == null) return 0;
        int skipped = 0;
        if (!columns(first).contains(key(anchor))) skipped = 1; // the workbook's group row
        else reader.reset();
        int offset = skipped;
        Consumer<Rejected> shifted = r -> rejected.accept(new Rejected(r.file(), r.line() + offset, r.reason()));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new HashMap<>();
            for (String h : parser.getHeaderNames()) if (!h.isBlank()) columns.putIfAbsent(key(h), h);
            var missing = required.stream().filter(c -> !columns.containsKey(key(c))).toList();
            if (!missing.isEmpty()) {
                shifted.accept(new Rejected(fileName, 1, "not " + what + ": missing columns " + missing
                        + "; the file's columns are " + parser.getHeaderNames()));
                return 1;
            }
            return CsvRows.forEach(fileName, parser, row -> handler.accept(new Row(row, columns)), shifted);
        }
    }

    /** A UTC date as NodeXL or Excel wrote it, an Excel day number included; null when empty. */
    static Instant time(String value, String column) {
        if (value == null) return null;
        String v = value.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                var parsed = f.parseBest(v, java.time.ZonedDateTime::from, LocalDateTime::from);
                return parsed instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                        : ((java.time.ZonedDateTime) parsed).toInstant();
            } catch (DateTimeParseException e) {
                // try the next
            }
        }
        try { // Excel's serial date: days since 1899-12-30
            double days = Double.parseDouble(v);
            if (days > 20_000 && days < 80_000) {
                return LocalDate.of(1899, 12, 30).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .plusMillis(Math.round(days * 86_400_000d));
            }
        } catch (NumberFormatException e) {
            // not a number either
        }
        throw new IllegalArgumentException("unreadable " + column + " '" + v + "'");
    }
}
