package org.convene.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which columns of a user's own CSV hold what, given once and saved by name ({@code :CsvMapping} in the
 * graph, so the command line, the UI and a second Convene on the same server share it). Each field names
 * a column, except {@code timeFormat}, {@code zone}, {@code separator}, {@code delimiter} and
 * {@code platform}. Only the author (handle or id), text and time are required.
 *
 * @param timeFormat {@code iso} (the default), {@code epoch-seconds}, {@code epoch-millis}, or a
 *                   java.time pattern such as {@code dd/MM/yyyy HH:mm}
 * @param zone       the zone of times without an offset, e.g. {@code Europe/London} (default UTC)
 * @param mentions   a column listing the mentioned handles; without it mentions are read from the text
 * @param separator  what separates handles and hashtags in list columns; default spaces, commas or semicolons
 * @param replyToPost the parent post id; {@code replyToHandle}/{@code replyToId} the account replied to.
 *                   With none of the three, a text starting with {@code @handle} is an inferred reply
 * @param retweetOf  the retweeted post's id (or its link); without it {@code RT @handle:} texts are retweets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CsvMapping(String name, String platform, String delimiter, String id, String authorHandle,
                         String authorId, String authorName, String bio, String location, String followers,
                         String text, String time, String timeFormat, String zone, String mentions,
                         String hashtags, String separator, String replyToHandle, String replyToId,
                         String replyToPost, String retweetOf, String quoteOf, String lang, String url) {

    public CsvMapping {
        platform = platform == null ? "twitter" : platform;
        timeFormat = timeFormat == null ? "iso" : timeFormat;
        zone = zone == null ? "UTC" : zone;
    }

    /** Checks the mapping can read anything; throws IllegalArgumentException saying what is wrong. */
    public CsvMapping validated() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) problems.add("it needs a name");
        if (authorHandle == null && authorId == null) problems.add("it needs an author column (authorHandle or authorId)");
        if (text == null) problems.add("it needs a text column");
        if (time == null) problems.add("it needs a time column");
        if (delimiter != null && delimiterChar() == 0) problems.add("delimiter must be one character or 'tab'");
        try {
            TimeParser.of(timeFormat, zone);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("CSV mapping '" + name + "': " + String.join("; ", problems));
        }
        return this;
    }

    /** The column each mapped field names, field name to column, in a stable order. */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        put(columns, "id", id);
        put(columns, "authorHandle", authorHandle);
        put(columns, "authorId", authorId);
        put(columns, "authorName", authorName);
        put(columns, "bio", bio);
        put(columns, "location", location);
        put(columns, "followers", followers);
        put(columns, "text", text);
        put(columns, "time", time);
        put(columns, "mentions", mentions);
        put(columns, "hashtags", hashtags);
        put(columns, "replyToHandle", replyToHandle);
        put(columns, "replyToId", replyToId);
        put(columns, "replyToPost", replyToPost);
        put(columns, "retweetOf", retweetOf);
        put(columns, "quoteOf", quoteOf);
        put(columns, "lang", lang);
        put(columns, "url", url);
        return columns;
    }

    char delimiterChar() {
        if (delimiter == null) return ',';
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") || delimiter.equals("\t")) return '\t';
        return delimiter.length() == 1 ? delimiter.charAt(0) : 0;
    }

    boolean namesReplies() {
        return replyToHandle != null || replyToId != null || replyToPost != null;
    }

    private static void put(Map<String, String> columns, String field, String column) {
        if (column != null) columns.put(field, Objects.requireNonNull(column));
    }
}
