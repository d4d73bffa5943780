package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky post views ({@code app.bsky.feed.defs#postView}) as {@code getAuthorFeed} ({@code feed[].post},
 * reposts as {@code reason}, the post replied to as {@code reply.parent}) and {@code searchPosts} ({@code posts[]})
 * return them, one response per line or in an array. A quoted post embedded in a view with its author is read
 * too. A post that cannot be read is set aside alone; the rest of its page imports. Accounts are keyed by DID, posts by at:// uri. Mention facets carry UTF-8 byte offsets.
 */
@Component
public final class BlueskyReader implements SourceReader {

    static final String PLATFORM = "bluesky";
    private static final Pattern DID_IN_URI = Pattern.compile("^at://(did:[^/]+)/");
    private static final Pattern TAG = Pattern.compile("(?:^|\\s)#([\\p{L}\\p{N}_]+)");

    @Override
    public String format() {
        return "bluesky";
    }

    @Override
    public boolean detects(String head) {
        return head.contains("app.bsky.feed") || (head.contains("\"did\"") && head.contains("\"at://"));
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        return JsonRecords.read(fileName, in, (line, node) -> {
            if (node.has("feed")) {
                JsonRecords.eachOf(node.get("feed"), fileName, line, rejected, item -> feedItem(item, posts));
            } else if (node.has("posts")) {
                JsonRecords.eachOf(node.get("posts"), fileName, line, rejected, view -> postView(view, posts));
            } else if (node.has("post")) {
                feedItem(node, posts);
            } else if (node.has("uri") && node.has("record")) {
                postView(node, posts);
            } else {
                throw new IllegalArgumentException("not a Bluesky feed, search result or post view");
            }
        }, rejected);
    }

    private static void feedItem(JsonNode item, Consumer<Post> posts) {
        JsonNode parent = item.path("reply").path("parent");
        if (isView(parent)) postView(parent, posts); // a feed gives the post replied to: its author and text
        Post original = postView(item.get("post"), posts);
        JsonNode reason = item.get("reason");
        if (reason != null && reason.path("$type").asString().endsWith("reasonRepost")) {
            Instant at = JsonRecords.instant(JsonRecords.text(reason, "indexedAt"));
            Account by = account(reason.get("by"), at);
            // the feed gives no uri for the repost record itself: one repost per account and post; like a
            // retweet, it carries the original's hashtags
            posts.accept(new Post(PLATFORM, "repost:" + by.id() + ":" + original.id(), by, null, at, null, null,
                    original.hashtags(), List.of(), null, null, false, original.id(), null));
        }
    }

    private static boolean isView(JsonNode node) {
        return node.isObject() && node.has("uri") && node.has("author") && (node.has("record") || node.has("value"));
    }

    /** Emits a post view (and the post it quotes, when the view embeds it with its author) and returns it. */
    private static Post postView(JsonNode view, Consumer<Post> posts) {
        String uri = view == null ? null : JsonRecords.text(view, "uri");
        // a post view holds its record in "record"; an embedded quote's view (viewRecord) in "value"
        JsonNode record = view == null ? null : view.has("value") ? view.get("value") : view.get("record");
        if (uri == null || record == null || view.get("author") == null) {
            throw new IllegalArgumentException("post view without uri, record or author");
        }
        Instant createdAt = JsonRecords.instant(JsonRecords.text(record, "createdAt"));
        Account author = account(view.get("author"), createdAt);
        String text = JsonRecords.text(record, "text");
        List<Account> mentions = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                String type = feature.path("$type").asString();
                if (type.endsWith("#mention")) {
                    String handle = slice(text, facet.path("index"));
                    mentions.add(new Account(PLATFORM, feature.path("did").asString(),
                            handle == null ? null : handle.replaceFirst("^@", ""), null, null, null, null, null, null));
                } else if (type.endsWith("#tag")) {
                    tags.add(feature.path("tag").asString());
                }
            }
        }
        if (text != null) {
            Matcher m = TAG.matcher(text);
            while (m.find()) tags.add(m.group(1));
        }
        String parent = JsonRecords.text(record.path("reply").path("parent"), "uri");
        Account replyTo = null;
        if (parent != null) {
            Matcher did = DID_IN_URI.matcher(parent);
            if (did.find()) replyTo = new Account(PLATFORM, did.group(1), null, null, null, null, null, null, null);
        }
        final Account target = replyTo;
        if (target != null) mentions.removeIf(m -> m.id().equals(target.id()));
        String lang = record.path("langs").isArray() && !record.path("langs").isEmpty()
                ? record.path("langs").get(0).asString() : null;
        String url = "https://bsky.app/profile/" + author.id() + "/post/" + uri.substring(uri.lastIndexOf('/') + 1);
        JsonNode embedded = view.path("embed").path("record");
        if (embedded.has("record") && !embedded.has("uri")) embedded = embedded.path("record"); // recordWithMedia#view
        if (isView(embedded) && embedded.path("value").isObject()) postView(embedded, posts);
        Post post = new Post(PLATFORM, uri, author, text, createdAt, lang, url, tags, mentions, parent, replyTo,
                false, null, quoted(record.path("embed")));
        posts.accept(post);
        return post;
    }

    /** The quoted post of an {@code embed.record} or {@code embed.recordWithMedia}. */
    private static String quoted(JsonNode embed) {
        String type = embed.path("$type").asString();
        if (type.equals("app.bsky.embed.record")) return JsonRecords.text(embed.path("record"), "uri");
        if (type.equals("app.bsky.embed.recordWithMedia")) return JsonRecords.text(embed.path("record").path("record"), "uri");
        return null;
    }

    /** The text between UTF-8 byte offsets, as Bluesky facets count them. */
    static String slice(String text, JsonNode index) {
        if (text == null || !index.has("byteStart") || !index.has("byteEnd")) return null;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = index.get("byteStart").asInt(), end = index.get("byteEnd").asInt();
        if (start < 0 || end > bytes.length || start >= end) return null;
        return new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.UTF_8);
    }

    private static Account account(JsonNode a, Instant seen) {
        String did = JsonRecords.text(a, "did");
        if (did == null) throw new IllegalArgumentException("author without did");
        JsonNode followers = a.get("followersCount");
        return new Account(PLATFORM, did, JsonRecords.text(a, "handle"), JsonRecords.text(a, "displayName"),
                JsonRecords.text(a, "description"), null, followers != null && followers.isNumber() ? followers.asLong() : null,
                "https://bsky.app/profile/" + did, seen);
    }
}
