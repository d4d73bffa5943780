package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Twitter API v2 as twarc2 writes it: response pages ({@code data} with {@code includes.users/tweets}),
 * or flattened lines (one tweet with {@code author} and expanded {@code referenced_tweets} embedded).
 * Referenced tweets found in the file are emitted as posts of their own before the tweet that cites them.
 */
@Component
public final class TwitterV2Reader implements SourceReader {

    static final String PLATFORM = "twitter";

    @Override
    public String format() {
        return "twitter-v2";
    }

    @Override
    public boolean detects(String head) {
        String start = head.stripLeading();
        return (start.startsWith("{") || start.startsWith("[")) && head.contains("\"author_id\"");
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        long[] pageTweets = {0}; // a twarc2 line is a page of up to 100 tweets: count the tweets as its records
        return JsonRecords.read(fileName, in, (line, node) -> {
            if (node.has("data") && node.get("data").isArray()) {
                page(node, posts, fileName, line, rejected);
                pageTweets[0] += node.get("data").size() - 1;
            } else if (node.has("data") && node.get("data").isObject()) {
                Lookup lookup = new Lookup();
                lookup.addIncludes(node.get("includes"));
                new Mapper(lookup, posts).tweet(node.get("data"));
            } else if (node.has("author_id")) {
                Lookup lookup = new Lookup();
                lookup.addFlattened(node);
                new Mapper(lookup, posts).tweet(node);
            } else {
                throw new IllegalArgumentException("neither a v2 response page nor a v2 tweet (no data or author_id)");
            }
        }, rejected) + pageTweets[0];
    }

    /** A page of tweets: one that cannot be read is set aside alone, the rest of the page imports. */
    private static void page(JsonNode page, Consumer<Post> posts, String fileName, long line, Consumer<Rejected> rejected) {
        Lookup lookup = new Lookup();
        lookup.addIncludes(page.get("includes"));
        Mapper mapper = new Mapper(lookup, posts);
        JsonRecords.eachOf(page.get("data"), fileName, line, rejected, mapper::tweet);
    }

    /** Users and tweets by id, from a page's includes or a flattened tweet's embedded objects. */
    private static final class Lookup {
        final Map<String, JsonNode> users = new HashMap<>();
        final Map<String, JsonNode> tweets = new HashMap<>();

        void addIncludes(JsonNode includes) {
            if (includes == null) return;
            for (JsonNode u : includes.path("users")) users.put(u.path("id").asString(), u);
            for (JsonNode t : includes.path("tweets")) tweets.put(t.path("id").asString(), t);
        }

        void addFlattened(JsonNode tweet) {
            if (tweet.has("author")) users.put(tweet.path("author_id").asString(), tweet.get("author"));
            if (tweet.has("in_reply_to_user")) {
                users.put(tweet.path("in_reply_to_user_id").asString(), tweet.get("in_reply_to_user"));
            }
            for (JsonNode ref : tweet.path("referenced_tweets")) {
                if (ref.has("author_id")) {
                    tweets.put(ref.path("id").asString(), ref);
                    addFlattened(ref);
                }
            }
        }
    }

    private record Mapper(Lookup lookup, Consumer<Post> posts, Set<String> emitted) {
        Mapper(Lookup lookup, Consumer<Post> posts) {
            this(lookup, posts, new HashSet<>());
        }

        void tweet(JsonNode t) {
            String id = JsonRecords.text(t, "id");
            String authorId = JsonRecords.text(t, "author_id");
            if (id == null || authorId == null) throw new IllegalArgumentException("tweet without id or author_id");
            if (!emitted.add(id)) return;
            Instant createdAt = JsonRecords.instant(JsonRecords.text(t, "created_at"));
            Account author = account(authorId, createdAt);
            String retweetOf = null, quoteOf = null, replyToPost = null;
            for (JsonNode ref : t.path("referenced_tweets")) {
                String refId = ref.path("id").asString();
                switch (ref.path("type").asString()) {
                    case "retweeted" -> retweetOf = refId;
                    case "quoted" -> quoteOf = refId;
                    case "replied_to" -> replyToPost = refId;
                    default -> { }
                }
                JsonNode referenced = lookup.tweets.get(refId);
                if (referenced != null) tweet(referenced); // the post replied to too: the file gives its author and text
            }
            // a long post's whole text and entities are in note_tweet; text holds its first 280 characters
            JsonNode note = t.path("note_tweet");
            String text = note.isObject() && JsonRecords.text(note, "text") != null ? JsonRecords.text(note, "text") : JsonRecords.text(t, "text");
            JsonNode entities = note.path("entities").isObject() ? note.path("entities") : t.path("entities");
            List<String> tags = new ArrayList<>();
            for (JsonNode h : entities.path("hashtags")) tags.add(h.path("tag").asString());
            String replyUserId = JsonRecords.text(t, "in_reply_to_user_id");
            Account replyTo = replyUserId == null ? null : account(replyUserId, createdAt);
            List<Account> mentions = new ArrayList<>();
            if (retweetOf == null) { // a retweet's mentions are the original's
                for (JsonNode m : entities.path("mentions")) {
                    String mid = JsonRecords.text(m, "id");
                    String handle = JsonRecords.text(m, "username");
                    if (mid != null && mid.equals(replyUserId)) continue;
                    if (mid != null && lookup.users.containsKey(mid)) mentions.add(account(mid, createdAt));
                    else if (mid != null || handle != null) mentions.add(Account.reference(PLATFORM, mid, handle));
                }
            }
            String url = author.handle() == null ? null : "https://twitter.com/" + author.handle() + "/status/" + id;
            posts.accept(new Post(PLATFORM, id, author, text, createdAt,
                    JsonRecords.text(t, "lang"), url, tags, mentions, replyToPost, replyTo, false, retweetOf, quoteOf));
        }

        /** An account with its profile as of {@code seen} when the file includes the user, else by id alone. */
        Account account(String id, Instant seen) {
            JsonNode u = lookup.users.get(id);
            if (u == null) return new Account(PLATFORM, id, null, null, null, null, null, null, null);
            JsonNode followers = u.path("public_metrics").path("followers_count");
            return new Account(PLATFORM, id, JsonRecords.text(u, "username"), JsonRecords.text(u, "name"),
                    JsonRecords.text(u, "description"), JsonRecords.text(u, "location"),
                    followers.isNumber() ? followers.asLong() : null, JsonRecords.text(u, "url"), seen);
        }
    }
}
