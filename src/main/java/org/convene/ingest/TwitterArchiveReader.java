package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The personal Twitter/X archive's {@code tweets.js} ({@code window.YTD.tweets.part0 = [{"tweet": ...}]},
 * numbers as strings, no user per tweet). Every tweet is the archive owner's: their id and handle come
 * from {@code account.js} and their bio from {@code profile.js} beside it, when present. Nothing else of
 * those files (e-mail, phone, devices) is read.
 */
@Component
public final class TwitterArchiveReader implements SourceReader {

    static final String PLATFORM = "twitter";

    @Override
    public String format() {
        return "twitter-archive";
    }

    @Override
    public boolean detects(String head) {
        return head.stripLeading().startsWith("window.YTD.tweet");
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        Owner owner = Owner.beside(fileName);
        return JsonRecords.read(fileName, in, (line, node) -> {
            JsonNode tweet = node.has("tweet") ? node.get("tweet") : node;
            toPosts(tweet, owner).forEach(posts);
        }, rejected);
    }

    /** The archive's owner, from account.js and profile.js; without them, known by nothing but their posts. */
    record Owner(String id, String handle, String name, String bio, String location) {
        static Owner beside(String fileName) throws IOException {
            Path dir;
            try {
                dir = Path.of(fileName).toAbsolutePath().getParent();
            } catch (InvalidPathException e) {
                dir = null;
            }
            JsonNode account = dir == null ? null : first(dir.resolve("account.js"), "account");
            JsonNode profile = dir == null ? null : first(dir.resolve("profile.js"), "profile");
            String id = account == null ? null : JsonRecords.text(account, "accountId");
            String handle = account == null ? null : JsonRecords.text(account, "username");
            String name = account == null ? null : JsonRecords.text(account, "accountDisplayName");
            JsonNode description = profile == null ? null : profile.path("description");
            return new Owner(id, handle, name, description == null ? null : JsonRecords.text(description, "bio"),
                    description == null ? null : JsonRecords.text(description, "location"));
        }

        private static JsonNode first(Path file, String key) throws IOException {
            if (!Files.isRegularFile(file)) return null;
            String js = Files.readString(file, StandardCharsets.UTF_8);
            int start = js.indexOf('[');
            if (start < 0) return null;
            try {
                JsonNode array = JsonRecords.JSON.readTree(js.substring(start));
                return array.isArray() && !array.isEmpty() ? array.get(0).get(key) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        Account account(Instant seen) {
            if (id == null && handle == null) {
                throw new IllegalArgumentException("the archive owner is unknown: put account.js beside tweets.js");
            }
            return new Account(PLATFORM, id != null ? id : Account.handleKey(handle), handle, name, bio, location,
                    null, null, seen);
        }
    }

    private static List<Post> toPosts(JsonNode t, Owner owner) {
        String id = JsonRecords.text(t, "id_str");
        if (id == null) id = JsonRecords.text(t, "id");
        if (id == null) throw new IllegalArgumentException("tweet without id");
        Instant createdAt = time(JsonRecords.text(t, "created_at"));
        Account author = owner.account(createdAt);
        String text = JsonRecords.text(t, "full_text");
        if (text == null) text = JsonRecords.text(t, "text");
        List<String> tags = new ArrayList<>();
        for (JsonNode h : t.path("entities").path("hashtags")) tags.add(h.path("text").asString());
        List<Account> mentioned = new ArrayList<>();
        for (JsonNode m : t.path("entities").path("user_mentions")) {
            String handle = JsonRecords.text(m, "screen_name");
            String mid = JsonRecords.text(m, "id_str");
            if (handle != null) mentioned.add(Account.reference(PLATFORM, "-1".equals(mid) ? null : mid, handle));
        }
        String url = owner.handle() == null ? null : "https://twitter.com/" + owner.handle() + "/status/" + id;
        OldStyleRetweet rt = OldStyleRetweet.parse(text);
        if (rt != null) {
            Post retweet = new Post(PLATFORM, id, author, text, createdAt, JsonRecords.text(t, "lang"), url, tags, List.of(),
                    null, null, false, null, null);
            return rt.posts(retweet, mentioned);
        }
        String replyUserId = JsonRecords.text(t, "in_reply_to_user_id_str");
        String replyHandle = JsonRecords.text(t, "in_reply_to_screen_name");
        Account replyTo = Account.reference(PLATFORM, replyUserId, replyHandle);
        List<Account> mentions = mentioned.stream().filter(m -> !m.sameAs(replyTo)).toList();
        return List.of(new Post(PLATFORM, id, author, text, createdAt, JsonRecords.text(t, "lang"), url, tags, mentions,
                JsonRecords.text(t, "in_reply_to_status_id_str"), replyTo, false, null, null));
    }

    private static Instant time(String text) {
        if (text == null) return null;
        try {
            return ZonedDateTime.parse(text, TimeParser.TWITTER_CREATED_AT).toInstant();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable created_at '" + text + "'");
        }
    }
}
