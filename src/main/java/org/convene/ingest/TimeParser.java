package org.convene.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads a time column as a {@link CsvMapping} declares it: ISO 8601 (with or without offset, 'T' or a
 * space), epoch seconds or milliseconds, or a java.time pattern. Times without an offset are in the zone.
 */
final class TimeParser {

    /** Twitter's own {@code created_at}, {@code Thu Mar 05 20:00:02 +0000 2015}: APIs v1.1, archives, TAGS. */
    static final DateTimeFormatter TWITTER_CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter(Locale.ROOT);

    private final String format;
    private final DateTimeFormatter pattern; // null for iso and epoch
    private final ZoneId zone;

    private TimeParser(String format, DateTimeFormatter pattern, ZoneId zone) {
        this.format = format;
        this.pattern = pattern;
        this.zone = zone;
    }

    /** Throws IllegalArgumentException for an unknown zone or a pattern java.time cannot read. */
    static TimeParser of(String format, String zone) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "'");
        }
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals("iso")) return new TimeParser("iso", ISO, zoneId);
        if (f.equals("epoch-seconds") || f.equals("epoch") || f.equals("epoch-millis")) return new TimeParser(f, null, zoneId);
        String slip = slip(format);
        if (slip != null) throw new IllegalArgumentException("time format '" + format + "': " + slip);
        try {
            return new TimeParser(format, DateTimeFormatter.ofPattern(format, Locale.ENGLISH), zoneId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("time format '" + format + "' is neither iso, epoch-seconds, "
                    + "epoch-millis nor a java.time pattern: " + e.getMessage());
        }
    }

    /**
     * The usual slips from spreadsheet habits (Excel's dd/mm/yyyy hh:mm), which java.time reads otherwise and which
     * would reject every row or shift every time; null when there is none.
     */
    static String slip(String pattern) {
        String letters = pattern.replaceAll("'[^']*'", ""); // quoted text is not pattern letters
        boolean date = letters.contains("d") || letters.contains("y") || letters.contains("u");
        if (date && letters.contains("mm") && !letters.contains("M")) {
            return "mm is minutes and MM the month in a java.time pattern: for 25/11/2026 20:05 write dd/MM/yyyy HH:mm";
        }
        if (letters.contains("h") && !letters.contains("a")) {
            return "hh is a 12-hour clock, which needs a (AM/PM): for a 24-hour time such as 20:05 write HH:mm";
        }
        if (letters.contains("Y")) return "YYYY is the week-based year, which differs around New Year: write yyyy";
        if (letters.contains("D")) return "DD is the day of the year: write dd for the day of the month";
        return null;
    }

    /** The instant, or IllegalArgumentException naming the value and the expected format. */
    Instant parse(String value) {
        String v = value.strip();
        try {
            if (pattern == null) {
                long n = Long.parseLong(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
                return format.equals("epoch-millis") ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            }
            return instant(pattern.parse(v));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("time '" + v + "' does not match the format '" + format + "'");
        }
    }

    private Instant instant(TemporalAccessor t) {
        if (t.isSupported(ChronoField.INSTANT_SECONDS)) return Instant.from(t);
        if (!t.isSupported(ChronoField.HOUR_OF_DAY)) return LocalDate.from(t).atStartOfDay(zone).toInstant();
        ZoneId z = t.query(java.time.temporal.TemporalQueries.zone());
        return ZonedDateTime.of(LocalDateTime.from(t), z != null ? z : zone).toInstant();
    }
}
