package org.convene.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A chat's declared weekly sitting, e.g. #wenurses on Thursdays at 20:00 UK time for an hour. Sittings
 * are placed in the chat's zone, so 20:00 stays 20:00 local across daylight-saving changes (19:00 UTC in
 * summer, 20:00 UTC in winter). A post belongs to a sitting when it falls within {@code slack} before its
 * start to {@code slack} after its end.
 */
public record ChatSchedule(DayOfWeek day, LocalTime time, ZoneId zone, Duration duration, Duration slack) {

    public ChatSchedule {
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("the duration must be positive");
        if (slack.isNegative()) throw new IllegalArgumentException("the slack cannot be negative");
        if (duration.plus(slack.multipliedBy(2)).compareTo(Duration.ofDays(7)) >= 0) {
            throw new IllegalArgumentException("a sitting with its slack must be shorter than a week");
        }
    }

    /** From words as a user types them: {@code THU}, {@code 20:00}, {@code Europe/London}, {@code 60m}, {@code 30m}. */
    public static ChatSchedule parse(String day, String time, String zone, String duration, String slack) {
        try {
            return new ChatSchedule(day(day), LocalTime.parse(time), ZoneId.of(zone), duration(duration),
                    slack == null ? Duration.ZERO : duration(slack));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + time + "' is not HH:MM");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "'");
        }
    }

    static DayOfWeek day(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 3 && d.name().startsWith(t)) return d;
        }
        throw new IllegalArgumentException("'" + text + "' is not a day of the week (MON ... SUN)");
    }

    /** {@code 60m}, {@code 1h}, {@code 1h30m}, or ISO {@code PT1H}. */
    static Duration duration(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            return Duration.parse(t.startsWith("PT") ? t : "PT" + t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 60m, 1h or 1h30m");
        }
    }

    /** The start of the sitting that {@code at} belongs to, or null when it falls outside every sitting. */
    public ZonedDateTime sittingOf(Instant at) {
        LocalDate local = at.atZone(zone).toLocalDate();
        LocalDate thisWeek = local.with(TemporalAdjusters.previousOrSame(day));
        for (int weeks = -1; weeks <= 1; weeks++) { // the slack may reach into the next or last week's day
            ZonedDateTime start = ZonedDateTime.of(thisWeek.plusWeeks(weeks), time, zone);
            Instant from = start.toInstant().minus(slack);
            Instant to = start.toInstant().plus(duration).plus(slack);
            if (!at.isBefore(from) && !at.isAfter(to)) return start;
        }
        return null;
    }

    /** As typed: {@code THU 20:00 Europe/London 60m slack 30m}. */
    public String describe() {
        return day.name().substring(0, 3) + " " + time + " " + zone.getId() + " " + minutes(duration)
                + (slack.isZero() ? "" : " slack " + minutes(slack));
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + "m";
    }
}
