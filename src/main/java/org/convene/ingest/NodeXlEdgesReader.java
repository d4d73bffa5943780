package org.convene.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * NodeXL's Twitter network Edges sheet saved as CSV. One tweet gives several rows, one per relationship
 * ("Tweet" self-loop, "Mentions", "Replies to", "Retweet", "Quote", "MentionsInRetweet"). Rows with a
 * tweet ({@code Imported ID} and {@code Tweet}) are gathered into that tweet's post; rows without one
 * become interactions ({@code LISTED}), repeated rows adding to the weight. A retweet's inherited mentions
 * ("MentionsInRetweet", or in older NodeXL versions "Mentions" rows of an {@code RT @x:} text) are the
 * original author's, never the retweeter's. The whole sheet is gathered before it is written, which suits
 * NodeXL's sizes (tens of thousands of rows).
 */
@Component
public final class NodeXlEdgesReader implements NetworkReader {

    private static final String PLATFORM = NodeXlCsv.PLATFORM;
    private static final List<String> REQUIRED = List.of("Vertex 1", "Vertex 2");

    /** What a row says, from its Relationship; {@code INHERITED} is a mention inside a retweeted text. */
    enum Kind { TWEET, MENTION, REPLY, RETWEET, QUOTE, INHERITED }

    @Override
    public String format() {
        return "nodexl-edges";
    }

    @Override
    public boolean detects(String head) {
        String header = NodeXlCsv.headerLine(head, "Vertex 1");
        return header != null && NodeXlCsv.key(header).contains("vertex 2");
    }

    static Kind kind(String relationship) {
        if (relationship == null) return Kind.MENTION; // a plain NodeXL graph without Twitter columns
        String r = relationship.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (r.contains("inretweet")) return Kind.INHERITED;
        return switch (r) {
            case "tweet" -> Kind.TWEET;
            case "mentions", "mention" -> Kind.MENTION;
            case "repliesto", "replyto", "reply" -> Kind.REPLY;
            case "retweet", "retweets" -> Kind.RETWEET;
            case "quote", "quotes", "quotereply" -> Kind.QUOTE;
            default -> throw new IllegalArgumentException("Relationship '" + relationship + "' is not one Convene "
                    + "counts (Tweet, Mentions, Replies to, Retweet, MentionsInRetweet, Quote)");
        };
    }

    /** One tweet gathered from its rows. */
    private static final class Tweet {
        String id, author, text, url, lang, replyToPost, retweetId, quoteId;
        List<String> tags;
        Instant at;
        String replyTo, retweeted, quoted;
        final Set<String> mentions = new LinkedHashSet<>();
        final Set<String> inherited = new LinkedHashSet<>();
    }

    @Override
    public long read(String fileName, Reader in, Sink out, Consumer<Rejected> rejected) throws IOException {
        Map<String, Tweet> tweets = new LinkedHashMap<>();
        Map<List<String>, double[]> edges = new LinkedHashMap<>();
        long count = NodeXlCsv.forEach(fileName, in, "Vertex 1", REQUIRED, "a NodeXL edge sheet",
                row -> take(row, tweets, edges), rejected);
        for (Tweet t : tweets.values()) {
            posts(t).forEach(out::post);
            if (t.quoted != null && t.quoteId == null) { // a quote whose quoted tweet NodeXL did not name
                edges.computeIfAbsent(List.of(t.author.toLowerCase(Locale.ROOT), t.quoted.toLowerCase(Locale.ROOT),
                        "quote"), k -> new double[1])[0] += 1;
            }
        }
        edges.forEach((key, weight) -> out.edge(new Edge(Account.byHandle(PLATFORM, key.get(0)),
                Account.byHandle(PLATFORM, key.get(1)), key.get(2), weight[0])));
        return count;
    }

    private static void take(NodeXlCsv.Row row, Map<String, Tweet> tweets, Map<List<String>, double[]> edges) {
        String v1 = handle(row.get("Vertex 1")), v2 = handle(row.get("Vertex 2"));
        if (v1 == null || v2 == null) throw new IllegalArgumentException("no Vertex 1 or Vertex 2");
        Kind kind = kind(row.get("Relationship"));
        String text = row.get("Tweet");
        OldStyleRetweet rt = OldStyleRetweet.parse(text);
        if (kind == Kind.MENTION && rt != null) { // older NodeXL lists a retweet as mentions
            kind = rt.handle().equalsIgnoreCase(v2) ? Kind.RETWEET : Kind.INHERITED;
        }
        String id = TextEntities.statusId(row.get("Imported ID"));
        if (id == null) id = TextEntities.statusId(row.get("Twitter Page for Tweet"));
        if (id == null || text == null) {
            edge(edges, v1, v2, kind, row);
            return;
        }
        Instant at = NodeXlCsv.time(row.get("Tweet Date (UTC)"), "Tweet Date (UTC)");
        if (at == null) at = NodeXlCsv.time(row.get("Relationship Date (UTC)"), "Relationship Date (UTC)");
        List<String> tags = tags(row.get("Hashtags in Tweet"), text); // checked here, like the handles
        Tweet t = tweets.computeIfAbsent(id, k -> new Tweet());
        t.id = id;
        t.author = v1;
        t.text = text;
        t.at = at != null ? at : t.at;
        t.url = firstNonNull(row.get("Twitter Page for Tweet"), t.url);
        t.lang = firstNonNull(row.get("Language"), t.lang);
        if (t.tags == null || row.get("Hashtags in Tweet") != null) t.tags = tags;
        t.replyToPost = firstNonNull(TextEntities.statusId(row.get("In-Reply-To Tweet ID")), t.replyToPost);
        t.retweetId = firstNonNull(TextEntities.statusId(row.get("Retweet ID")), t.retweetId);
        t.quoteId = firstNonNull(TextEntities.statusId(row.get("Quoted Status ID")), t.quoteId);
        switch (kind) {
            case TWEET -> { }
            case MENTION -> t.mentions.add(v2);
            case REPLY -> t.replyTo = v2;
            case RETWEET -> t.retweeted = v2;
            case QUOTE -> t.quoted = v2;
            case INHERITED -> t.inherited.add(v2);
        }
    }

    /** An interaction without its tweet; self-loops and inherited mentions say nothing about who addressed whom. */
    private static void edge(Map<List<String>, double[]> edges, String v1, String v2, Kind kind, NodeXlCsv.Row row) {
        if (kind == Kind.TWEET || kind == Kind.INHERITED || v1.equalsIgnoreCase(v2)) return;
        String name = switch (kind) {
            case REPLY -> "reply";
            case RETWEET -> "retweet";
            case QUOTE -> "quote";
            default -> "mention";
        };
        Long weight = CsvRows.number(row.get("Edge Weight"));
        edges.computeIfAbsent(List.of(v1.toLowerCase(Locale.ROOT), v2.toLowerCase(Locale.ROOT), name),
                k -> new double[1])[0] += weight == null ? 1 : weight;
    }

    private static List<Post> posts(Tweet t) {
        Account author = Account.byHandle(PLATFORM, t.author);
        List<String> tags = t.tags;
        OldStyleRetweet rt = OldStyleRetweet.parse(t.text);
        if (t.retweeted != null || rt != null) {
            String handle = t.retweeted != null ? t.retweeted : rt.handle();
            OldStyleRetweet original = rt != null && rt.handle().equalsIgnoreCase(handle) ? rt
                    : new OldStyleRetweet(handle, t.text);
            List<Account> inherited = new ArrayList<>();
            t.inherited.forEach(h -> inherited.add(Account.byHandle(PLATFORM, h)));
            t.mentions.forEach(h -> inherited.add(Account.byHandle(PLATFORM, h)));
            Post retweet = new Post(PLATFORM, t.id, author, t.text, t.at, t.lang, t.url, tags, List.of(), null,
                    null, false, null, null);
            return original.posts(retweet, inherited,
                    t.retweetId != null ? t.retweetId : original.inferredOriginalId());
        }
        Account replyTo = t.replyTo == null ? null : Account.byHandle(PLATFORM, t.replyTo);
        List<Account> mentions = t.mentions.stream().map(h -> Account.byHandle(PLATFORM, h))
                .filter(m -> !m.sameAs(replyTo)).toList();
        List<Post> posts = new ArrayList<>();
        posts.add(new Post(PLATFORM, t.id, author, t.text, t.at, t.lang, t.url, tags, mentions, t.replyToPost,
                replyTo, false, null, t.quoteId));
        if (t.quoteId != null && t.quoted != null) { // the quoted post, known by id, gets its author
            posts.add(new Post(PLATFORM, t.quoteId, Account.byHandle(PLATFORM, t.quoted), null, null, null, null,
                    List.of(), List.of(), null, null, false, null, null));
        }
        return posts;
    }

    /** The sheet's hashtag column, else the tweet's own hashtags; each checked, so a bad one rejects its row. */
    private static List<String> tags(String column, String text) {
        List<String> tags = column != null
                ? Arrays.stream(column.split("[\\s,]+")).filter(s -> !s.isBlank()).toList()
                : TextEntities.hashtags(text);
        tags.forEach(tag -> Account.checkKey("hashtag", tag));
        return tags;
    }

    private static String handle(String vertex) {
        if (vertex == null) return null;
        String v = vertex.strip();
        if (v.startsWith("@")) v = v.substring(1);
        return v.isEmpty() ? null : Account.checkKey("handle", v); // checked here: edges are built after the sheet
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
