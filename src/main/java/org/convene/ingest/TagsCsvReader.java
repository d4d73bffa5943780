package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * TAGS (Twitter Archiving Google Sheet) exported as CSV: ids for tweets, authors, reply targets and, in
 * {@code entities_str}, mentions. It has no bios. Retweets show only as {@code RT @handle:} text.
 */
@Component
public final class TagsCsvReader implements SourceReader {

    static final String PLATFORM = "twitter";
    private static final List<String> REQUIRED = List.of("id_str", "from_user", "text", "created_at");

    @Override
    public String format() {
        return "tags-csv";
    }

    @Override
    public boolean detects(String head) {
        String header = head.lines().findFirst().orElse("");
        return header.contains("id_str") && header.contains("from_user") && header.contains("created_at");
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            if (!CsvRows.hasColumns(fileName, parser, REQUIRED, "a TAGS CSV", rejected)) return 1;
            return CsvRows.forEach(fileName, parser, row -> toPosts(row).forEach(posts), rejected);
        }
    }

    private List<Post> toPosts(CSVRecord row) {
        String id = CsvRows.field(row, "id_str");
        String handle = CsvRows.field(row, "from_user");
        String text = CsvRows.field(row, "text");
        if (id == null || !id.chars().allMatch(Character::isDigit)) throw new IllegalArgumentException("no numeric id_str");
        if (handle == null) throw new IllegalArgumentException("no author (from_user is empty)");
        Instant createdAt = time(CsvRows.field(row, "created_at"));
        String authorId = CsvRows.field(row, "from_user_id_str");
        Long followers = CsvRows.number(CsvRows.field(row, "user_followers_count"));
        Account author = new Account(PLATFORM, authorId != null ? authorId : Account.handleKey(handle), handle, null,
                null, CsvRows.field(row, "user_location"), followers, null, createdAt);
        String url = CsvRows.field(row, "status_url");
        List<String> tags = new ArrayList<>();
        List<Account> mentioned = new ArrayList<>();
        entities(CsvRows.field(row, "entities_str"), text, tags, mentioned);

        OldStyleRetweet rt = OldStyleRetweet.parse(text);
        if (rt != null) {
            Post retweet = new Post(PLATFORM, id, author, text, createdAt, CsvRows.field(row, "user_lang"), url, tags, List.of(),
                    null, null, false, null, null);
            return rt.posts(retweet, mentioned);
        }
        String replyUserId = CsvRows.field(row, "in_reply_to_user_id_str");
        String replyHandle = CsvRows.field(row, "in_reply_to_screen_name");
        Account replyTo = Account.reference(PLATFORM, replyUserId, replyHandle);
        List<Account> mentions = mentioned.stream().filter(m -> !m.sameAs(replyTo)).toList();
        return List.of(new Post(PLATFORM, id, author, text, createdAt, CsvRows.field(row, "user_lang"), url, tags,
                mentions, CsvRows.field(row, "in_reply_to_status_id_str"), replyTo, false, null, null));
    }

    /** Hashtags and mentions from entities_str when TAGS kept it, else from the text. */
    private static void entities(String json, String text, List<String> tags, List<Account> mentions) {
        if (json != null) {
            try {
                JsonNode entities = JsonRecords.JSON.readTree(json);
                for (JsonNode h : entities.path("hashtags")) tags.add(h.path("text").asString());
                for (JsonNode m : entities.path("user_mentions")) {
                    String handle = JsonRecords.text(m, "screen_name");
                    if (handle != null) mentions.add(Account.reference(PLATFORM, JsonRecords.text(m, "id_str"), handle));
                }
                return;
            } catch (JacksonException e) {
                // fall back to the text
            }
        }
        tags.addAll(TextEntities.hashtags(text));
        mentions.addAll(TextEntities.mentions(PLATFORM, text));
    }

    private static Instant time(String text) {
        if (text == null) throw new IllegalArgumentException("no created_at");
        try {
            return ZonedDateTime.parse(text, TimeParser.TWITTER_CREATED_AT).toInstant();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable created_at '" + text + "'");
        }
    }
}
