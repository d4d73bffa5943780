package org.convene.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.springframework.stereotype.Component;

/**
 * Writes batches of posts into the graph, each batch in one transaction, with MERGE throughout so that
 * re-importing the same records changes nothing.
 */
@Component
public class GraphWriter {

    private static final String MERGE_ACCOUNTS = CypherScript.query(GraphWriter.class, "merge-accounts");
    private static final String MERGE_POSTS = CypherScript.query(GraphWriter.class, "merge-posts");
    private static final String DERIVE_INTERACTS = CypherScript.query(GraphWriter.class, "derive-interacts");
    private static final String DROP_STALE_INTERACTS = CypherScript.query(GraphWriter.class, "drop-stale-interacts");

    private final GraphDb db;

    public GraphWriter(GraphDb db) {
        this.db = db;
    }

    public void write(List<Post> batch, List<String> chats) {
        Map<String, Object> accounts = new LinkedHashMap<>();
        List<Map<String, Object>> posts = new ArrayList<>(batch.size());
        for (Post p : batch) {
            remember(accounts, p.author());
            p.mentions().forEach(m -> remember(accounts, m));
            if (p.replyToAccount() != null) remember(accounts, p.replyToAccount());
            posts.add(postParams(p));
        }
        Map<String, Object> accountParams = Map.of("accounts", new ArrayList<>(accounts.values()));
        Map<String, Object> postParams = Map.of("posts", posts, "chats", chats);
        db.inWriteTransaction(tx -> {
            tx.run(MERGE_ACCOUNTS, accountParams).consume();
            tx.run(MERGE_POSTS, postParams).consume();
        });
    }

    /** Recomputes INTERACTS from all posts; run once after an import, not per batch. */
    public void deriveInteractions() {
        String stamp = Instant.now().toString();
        db.write(DERIVE_INTERACTS, Map.of("stamp", stamp));
        db.write(DROP_STALE_INTERACTS, Map.of("stamp", stamp));
    }

    /** Keeps one row per account: its newest sighting with a profile, else the bare reference. */
    @SuppressWarnings("unchecked")
    private static void remember(Map<String, Object> accounts, Account a) {
        String key = a.platform() + "\u0000" + a.id();
        Map<String, Object> known = (Map<String, Object>) accounts.get(key);
        if (known != null) {
            Object seen = known.get("seen");
            if (!a.hasProfile()) return;
            if (seen != null && ((ZonedDateTime) seen).toInstant().isAfter(a.seen())) return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("platform", a.platform());
        row.put("id", a.id());
        row.put("handle", a.handle());
        row.put("name", a.name());
        row.put("bio", a.bio());
        row.put("location", a.location());
        row.put("followers", a.followers());
        row.put("url", a.url());
        row.put("seen", utc(a.seen()));
        accounts.put(key, row);
    }

    private static Map<String, Object> postParams(Post p) {
        Map<String, Object> row = new HashMap<>();
        row.put("platform", p.platform());
        row.put("id", p.id());
        row.put("author", p.author().id());
        row.put("text", p.text());
        row.put("createdAt", utc(p.createdAt()));
        row.put("lang", p.lang());
        row.put("url", p.url());
        row.put("tags", p.hashtags());
        row.put("mentions", p.mentions().stream().map(Account::id).distinct().toList());
        row.put("replyToAccount", p.replyToAccount() == null ? null : p.replyToAccount().id());
        row.put("replyInferred", p.replyInferred());
        row.put("replyToPost", p.replyToPost());
        row.put("retweetOf", p.retweetOf());
        row.put("quoteOf", p.quoteOf());
        row.put("inferred", p.id().startsWith("rt:"));
        return row;
    }

    private static ZonedDateTime utc(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
