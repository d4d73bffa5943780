package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Mastodon {@code Status} JSON, as the API returns it (arrays from timelines, or one status a line).
 * Account and status ids are local to the instance that served them, so Convene keys accounts by their
 * full address {@code user@host} and posts by their ActivityPub {@code uri}, which are the same everywhere.
 * Content and bios are HTML: only their text is kept.
 */
@Component
public final class MastodonReader implements SourceReader {

    static final String PLATFORM = "mastodon";

    @Override
    public String format() {
        return "mastodon";
    }

    @Override
    public boolean detects(String head) {
        return head.contains("\"acct\"") && (head.contains("\"in_reply_to_id\"") || head.contains("\"reblog\""));
    }

    /**
     * A reply names its parent by the serving instance's local id, which only the parent's own status maps to its
     * uri. Timelines come newest first, so a reply usually precedes its parent: replies whose parent is not known
     * yet wait for the end of the file. A parent the file never holds stays {@code mastodon-local:<id>}.
     */
    @Override
    public long read(String fileName, Reader in, Consumer<Post> posts, Consumer<Rejected> rejected) throws IOException {
        Map<String, String> uriByLocalId = new HashMap<>();
        List<Post> waiting = new ArrayList<>();
        Consumer<Post> emit = p -> {
            if (p.replyToPost() != null && p.replyToPost().startsWith(LOCAL)) waiting.add(p);
            else posts.accept(p);
        };
        long n = JsonRecords.read(fileName, in, (line, status) -> status(status, emit, uriByLocalId), rejected);
        for (Post p : waiting) {
            String parent = uriByLocalId.getOrDefault(p.replyToPost().substring(LOCAL.length()), p.replyToPost());
            posts.accept(new Post(p.platform(), p.id(), p.author(), p.text(), p.createdAt(), p.lang(), p.url(), p.hashtags(),
                    p.mentions(), parent, p.replyToAccount(), p.replyInferred(), p.retweetOf(), p.quoteOf()));
        }
        return n;
    }

    private static final String LOCAL = "mastodon-local:";

    private static void status(JsonNode s, Consumer<Post> posts, Map<String, String> uriByLocalId) {
        JsonNode accountNode = s.get("account");
        String localId = JsonRecords.text(s, "id");
        if (accountNode == null || localId == null) throw new IllegalArgumentException("not a Mastodon status (no id or account)");
        String id = postId(s);
        uriByLocalId.put(localId, id);
        Instant createdAt = JsonRecords.instant(JsonRecords.text(s, "created_at"));
        Account author = account(accountNode, createdAt);
        JsonNode reblog = s.get("reblog");
        if (reblog != null && reblog.isObject()) {
            status(reblog, posts, uriByLocalId);
            // as a retweet on Twitter, a boost carries the original's hashtags: the booster took part in the chat
            posts.accept(new Post(PLATFORM, id, author, null, createdAt, null, JsonRecords.text(s, "url"),
                    tags(reblog), List.of(), null, null, false, postId(reblog), null));
            return;
        }
        String quoteOf = null;
        JsonNode quoted = s.path("quote").path("quoted_status");
        if (quoted.isObject()) {
            status(quoted, posts, uriByLocalId);
            quoteOf = postId(quoted);
        }
        String replyAccountLocal = JsonRecords.text(s, "in_reply_to_account_id");
        Account replyTo = null;
        List<Account> mentions = new ArrayList<>();
        for (JsonNode m : s.path("mentions")) {
            Account mentioned = reference(m);
            if (mentioned == null) continue;
            if (replyAccountLocal != null && replyAccountLocal.equals(JsonRecords.text(m, "id"))) replyTo = mentioned;
            else mentions.add(mentioned);
        }
        if (replyTo == null && replyAccountLocal != null && replyAccountLocal.equals(JsonRecords.text(accountNode, "id"))) {
            replyTo = author; // a thread: replying to oneself
        }
        String parentLocal = JsonRecords.text(s, "in_reply_to_id");
        String replyToPost = parentLocal == null ? null : uriByLocalId.getOrDefault(parentLocal, LOCAL + parentLocal);
        posts.accept(new Post(PLATFORM, id, author, text(JsonRecords.text(s, "content")), createdAt,
                JsonRecords.text(s, "language"), JsonRecords.text(s, "url"), tags(s), mentions, replyToPost,
                replyTo, false, null, quoteOf));
    }

    private static List<String> tags(JsonNode s) {
        List<String> tags = new ArrayList<>();
        for (JsonNode t : s.path("tags")) tags.add(t.path("name").asString());
        return tags;
    }

    /** The ActivityPub uri, the same on every instance; the local id only when the uri is missing. */
    private static String postId(JsonNode s) {
        String uri = JsonRecords.text(s, "uri");
        return uri != null ? uri : LOCAL + JsonRecords.text(s, "id");
    }

    private static Account account(JsonNode a, Instant seen) {
        String address = address(JsonRecords.text(a, "acct"), JsonRecords.text(a, "url"));
        if (address == null) throw new IllegalArgumentException("account without acct");
        JsonNode followers = a.get("followers_count");
        return new Account(PLATFORM, address, address, JsonRecords.text(a, "display_name"),
                text(JsonRecords.text(a, "note")), null, followers != null && followers.isNumber() ? followers.asLong() : null,
                JsonRecords.text(a, "url"), seen);
    }

    private static Account reference(JsonNode m) {
        String address = address(JsonRecords.text(m, "acct"), JsonRecords.text(m, "url"));
        return address == null ? null : new Account(PLATFORM, address, address, null, null, null, null, null, null);
    }

    /** {@code user@host}, lower case; a local account's acct lacks the host, which its profile url gives. */
    static String address(String acct, String url) {
        if (acct == null) return null;
        if (acct.startsWith("@")) acct = acct.substring(1);
        if (!acct.contains("@") && url != null) {
            try {
                String host = URI.create(url).getHost();
                if (host != null) acct = acct + "@" + host;
            } catch (IllegalArgumentException ignored) {
                // keep the bare acct
            }
        }
        return acct.toLowerCase(Locale.ROOT);
    }

    /** The text of an HTML fragment, with line and paragraph breaks kept as newlines. */
    static String text(String html) {
        if (html == null) return null;
        String marked = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>", "\n\n");
        String text = Jsoup.parse(marked).wholeText().strip();
        return text.isEmpty() ? null : text;
    }
}
