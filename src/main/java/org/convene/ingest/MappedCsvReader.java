package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Any CSV read through a saved {@link CsvMapping}. What the mapping leaves out is read from the text as
 * the other CSV readers do: hashtags, mentions, {@code RT @handle:} retweets and a leading {@code @handle}
 * as an inferred reply. Without an id column a post is keyed by a hash of its author, time and text, so
 * importing the file again still changes nothing.
 */
public final class MappedCsvReader implements SourceReader {

    private static final Pattern DEFAULT_SEPARATOR = Pattern.compile("[\\s,;]+");

    private final CsvMapping mapping;
    private final TimeParser times;
    private final Pattern separator;

    public MappedCsvReader(CsvMapping mapping) {
        this.mapping = mapping.validated();
        this.times = TimeParser.of(mapping.timeFormat(), mapping.zone());
        this.separator = mapping.separator() == null ? DEFAULT_SEPARATOR : Pattern.compile(Pattern.quote(mapping.separator()));
    }

    @Override
    public String format() {
        return "mapping:" + mapping.name();
    }

    /** Never detected: a mapping is always chosen by name. */
    @Override
    public boolean detects(String head) {
        return false;
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiterChar())
                .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, String> columns = resolveColumns(fileName, parser, rejected);
            if (columns == null) return 1;
            return CsvRows.forEach(fileName, parser, row -> toPosts(new Row(row, columns)).forEach(posts), rejected);
        }
    }

    /**
     * Field name to the file's own header for each mapped column, matched ignoring case, surrounding
     * spaces and a byte-order mark; null (and the file rejected with its columns listed) when any is missing.
     */
    private Map<String, String> resolveColumns(String fileName, CSVParser parser, Consumer<Rejected> rejected) {
        Map<String, String> byKey = new HashMap<>();
        List<String> header = parser.getHeaderNames();
        for (String h : header) byKey.putIfAbsent(key(h), h);
        Map<String, String> resolved = new HashMap<>();
        List<String> missing = new ArrayList<>();
        mapping.columns().forEach((field, column) -> {
            String actual = byKey.get(key(column));
            if (actual == null) missing.add(field + " = '" + column + "'");
            else resolved.put(field, actual);
        });
        if (missing.isEmpty()) return resolved;
        rejected.accept(new Rejected(fileName, 1, "the file lacks columns that mapping '" + mapping.name()
                + "' names: " + missing + "; the file's columns are " + header.stream().map(String::strip).toList()));
        return null;
    }

    private static String key(String column) {
        return column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** A row read through the mapping's field names. */
    private record Row(CSVRecord record, Map<String, String> columns) {
        String get(String field) {
            String column = columns.get(field);
            return column == null ? null : CsvRows.field(record, column);
        }

        boolean mapped(String field) {
            return columns.containsKey(field);
        }
    }

    private List<Post> toPosts(Row row) {
        String platform = mapping.platform();
        String handle = strip(row.get("authorHandle"), "@");
        String authorId = row.get("authorId");
        if (handle == null && authorId == null) throw new IllegalArgumentException("no author (" + mapping.columns()
                .getOrDefault("authorHandle", mapping.authorId()) + " is empty)");
        String text = row.get("text");
        if (text == null) throw new IllegalArgumentException("no text (" + mapping.text() + " is empty)");
        String timeValue = row.get("time");
        if (timeValue == null) throw new IllegalArgumentException("no time (" + mapping.time() + " is empty)");
        Instant createdAt = times.parse(timeValue);
        String id = row.get("id");
        if (row.mapped("id") && id == null) throw new IllegalArgumentException("no id (" + mapping.id() + " is empty)");
        if (id == null) id = derivedId(platform, handle != null ? handle.toLowerCase(Locale.ROOT) : authorId, createdAt, text);

        Account author = new Account(platform, authorId != null ? authorId : Account.keyOf(platform, handle), handle,
                row.get("authorName"), row.get("bio"), row.get("location"), CsvRows.number(row.get("followers")),
                null, createdAt);
        List<String> tags = row.mapped("hashtags") ? list(row.get("hashtags"), "#") : TextEntities.hashtags(text);
        List<Account> mentioned = row.mapped("mentions")
                ? list(row.get("mentions"), "@").stream().map(h -> Account.byHandle(platform, h)).toList()
                : TextEntities.mentions(platform, text);
        String lang = row.get("lang");
        String url = row.get("url");
        String retweetOf = TextEntities.statusId(row.get("retweetOf"));
        String quoteOf = TextEntities.statusId(row.get("quoteOf"));

        OldStyleRetweet rt = OldStyleRetweet.parse(text);
        if (rt != null || retweetOf != null) {
            Post retweet = new Post(platform, id, author, text, createdAt, lang, url, tags, List.of(), null, null,
                    false, retweetOf, null);
            if (rt == null) return List.of(retweet); // the original is known by id only
            return retweetOf == null ? rt.posts(retweet, mentioned) : rt.posts(retweet, mentioned, retweetOf);
        }
        Account replyTo;
        boolean inferred = false;
        if (mapping.namesReplies()) {
            replyTo = Account.reference(platform, row.get("replyToId"), strip(row.get("replyToHandle"), "@"));
        } else {
            replyTo = TextEntities.leadingHandle(platform, text);
            inferred = replyTo != null;
        }
        Account target = replyTo;
        List<Account> mentions = mentioned.stream().filter(m -> !m.sameAs(target)).toList();
        return List.of(new Post(platform, id, author, text, createdAt, lang, url, tags, mentions,
                TextEntities.statusId(row.get("replyToPost")), replyTo, inferred, null, quoteOf));
    }

    private List<String> list(String value, String prefix) {
        if (value == null) return List.of();
        return Arrays.stream(separator.split(value)).map(s -> strip(s, prefix)).filter(s -> s != null).toList();
    }

    private static String strip(String value, String prefix) {
        if (value == null) return null;
        String v = value.strip();
        if (v.startsWith(prefix)) v = v.substring(prefix.length()).strip();
        return v.isEmpty() ? null : v;
    }

    /** A stable key for a row without an id: "csv:" and a hash of who posted what when. */
    static String derivedId(String platform, String author, Instant at, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (platform + "\n" + author + "\n" + at + "\n" + text.strip()).getBytes(StandardCharsets.UTF_8));
            return "csv:" + java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
