package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Topsy API's CSV export, as in the #cancerchat and #celiac 2014 collections. It has handles but no
 * account ids, no reply ids and no retweet ids: a leading {@code @handle} is taken as an inferred reply,
 * and {@code RT @handle: text} as a retweet of that author's post. When the row does not give the
 * original's id, the original is keyed by its author and text, so all retweets of it meet at one post.
 */
@org.springframework.stereotype.Component
public final class TopsyCsvReader implements SourceReader {

    static final String PLATFORM = "twitter";
    private static final Pattern STATUS = TextEntities.STATUS;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT);
    private static final TimeParser ISO_UTC = TimeParser.of("iso", "UTC");
    private static final List<String> REQUIRED = List.of("id", "content", "trackback_author_nick");

    @Override
    public String format() {
        return "topsy-csv";
    }

    @Override
    public boolean detects(String head) {
        String firstLine = head.lines().findFirst().orElse("");
        return firstLine.contains("trackback_author_nick") && firstLine.contains("content");
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            if (!CsvRows.hasColumns(fileName, parser, REQUIRED, "a Topsy CSV", rejected)) return 1;
            return CsvRows.forEach(fileName, parser, row -> toPosts(row).forEach(posts), rejected);
        }
    }

    private List<Post> toPosts(CSVRecord row) {
        String handle = CsvRows.field(row, "trackback_author_nick");
        if (handle == null) throw new IllegalArgumentException("no author (trackback_author_nick is empty)");
        String content = CsvRows.field(row, "content");
        if (content == null) throw new IllegalArgumentException("no text (content is empty)");
        String rowId = CsvRows.field(row, "id");
        Matcher permalink = STATUS.matcher(nonNull(CsvRows.field(row, "trackback_permalink")));
        String postId = permalink.find() ? permalink.group(2) : rowId;
        if (postId == null || !postId.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("no numeric post id (id=" + rowId + ")");
        }
        Instant createdAt = time(postId, CsvRows.field(row, "firstpost_date"));
        Account author = new Account(PLATFORM, Account.handleKey(handle), handle, null, CsvRows.field(row, "description"),
                CsvRows.field(row, "location"), CsvRows.number(CsvRows.field(row, "followers_count")), CsvRows.field(row, "trackback_author_url"),
                createdAt);
        List<String> tags = split(CsvRows.field(row, "hashtags"));
        List<String> mentioned = handles(split(CsvRows.field(row, "user_mentions")));
        String lang = CsvRows.field(row, "lang");
        String url = CsvRows.field(row, "trackback_permalink");

        OldStyleRetweet rt = OldStyleRetweet.parse(content);
        if (rt != null) {
            String originalHandle = rt.handle();
            String originalText = rt.originalText();
            Account originalAuthor = Account.byHandle(PLATFORM, originalHandle);
            Matcher originalUrl = STATUS.matcher(nonNull(CsvRows.field(row, "url")));
            boolean knownId = rowId != null && !rowId.equals(postId) && originalUrl.find();
            String originalId = knownId ? rowId : rt.inferredOriginalId();
            List<Account> inherited = accounts(mentioned, originalHandle);
            Post original = new Post(PLATFORM, originalId, originalAuthor, originalText,
                    knownId ? snowflakeTime(originalId) : null, lang, knownId ? CsvRows.field(row, "url") : null,
                    tags, inherited, null, null, false, null, null);
            Post retweet = new Post(PLATFORM, postId, author, content, createdAt, lang, url, tags,
                    List.of(), null, null, false, originalId, null);
            return List.of(original, retweet);
        }
        Account replyTo = TextEntities.leadingHandle(PLATFORM, content);
        List<Account> mentions = accounts(mentioned, replyTo == null ? null : replyTo.handle());
        return List.of(new Post(PLATFORM, postId, author, content, createdAt, lang, url, tags, mentions,
                null, replyTo, replyTo != null, null, null));
    }

    /** Accounts for the given handles, leaving out {@code except} (the reply target or retweeted author). */
    private static List<Account> accounts(List<String> handles, String except) {
        List<Account> result = new ArrayList<>();
        for (String h : handles) {
            if (except == null || !h.equalsIgnoreCase(except)) result.add(Account.byHandle(PLATFORM, h));
        }
        return result;
    }

    /**
     * Twitter ids since late 2010 are snowflakes that carry their creation time to the millisecond; older rows
     * have only a date. When the two disagree by more than two days (a made-up or renumbered id in a file written
     * by hand), the date the file states wins: a wrong year would quietly turn the chat's regulars into leavers.
     */
    private static Instant time(String id, String date) {
        Instant fromId = snowflakeTime(id);
        Instant stated = date == null ? null : date(date);
        if (fromId != null && (stated == null || Duration.between(stated, fromId).abs().compareTo(AGREE) <= 0)) return fromId;
        return stated;
    }

    private static final Duration AGREE = Duration.ofDays(2);

    private static Instant date(String date) {
        try {
            return LocalDate.parse(date, DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            try { // a file edited in a spreadsheet or written by a script often has ISO times instead
                return ISO_UTC.parse(date);
            } catch (IllegalArgumentException notIso) {
                throw new IllegalArgumentException("unreadable firstpost_date '" + date
                        + "' (Topsy's form is MM/DD/YY, e.g. 06/05/14; ISO such as 2014-06-05 12:00 is read too)");
            }
        }
    }

    static Instant snowflakeTime(String id) {
        if (id == null || id.length() < 15 || !id.chars().allMatch(Character::isDigit)) return null;
        try {
            return Instant.ofEpochMilli((Long.parseLong(id) >> 22) + 1288834974657L);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Topsy separates values with '~'; files edited by hand often use commas, semicolons or spaces. */
    private static List<String> split(String value) {
        if (value == null) return List.of();
        return Arrays.stream(value.split("[~,;\\s]+")).map(v -> v.replaceFirst("^[@#]", ""))
                .filter(v -> !v.isEmpty()).toList();
    }

    /** A mention that is not a handle would become an account that does not exist. */
    private static List<String> handles(List<String> values) {
        for (String v : values) {
            if (!v.matches("[A-Za-z0-9_]{1,50}")) throw new IllegalArgumentException("'" + v + "' in user_mentions is not a handle");
        }
        return values;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
