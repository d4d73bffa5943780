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
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes batches of posts into the graph, each batch in one transaction, with MERGE throughout so that
 * re-importing the same records changes nothing.
 */
@Component
public class GraphWriter {

    private static final String RESOLVE_HANDLES = CypherScript.query(GraphWriter.class, "resolve-handles");
    private static final String ADOPT_HANDLES = CypherScript.query(GraphWriter.class, "adopt-handles");
    private static final String MERGE_ACCOUNTS = CypherScript.query(GraphWriter.class, "merge-accounts");
    private static final String MERGE_POSTS = CypherScript.query(GraphWriter.class, "merge-posts");
    private static final String DERIVE_INTERACTS = CypherScript.query(GraphWriter.class, "derive-interacts");
    private static final String MERGE_LISTED = CypherScript.query(GraphWriter.class, "merge-listed");
    private static final String DERIVE_LISTED = CypherScript.query(GraphWriter.class, "derive-listed");
    private static final String DROP_STALE_INTERACTS = CypherScript.query(GraphWriter.class, "drop-stale-interacts");

    private final GraphDb db;

    public GraphWriter(GraphDb db) {
        this.db = db;
    }

    public void write(List<Post> batch, List<String> chats) {
        db.inWriteTransaction(tx -> {
            HandleResolver ids = resolver(tx, batch);
            Map<String, Object> accounts = new LinkedHashMap<>();
            List<Map<String, Object>> posts = new ArrayList<>(batch.size());
            for (Post p : batch) {
                remember(accounts, ids.resolve(p.author()));
                p.mentions().forEach(m -> remember(accounts, ids.resolve(m)));
                if (p.replyToAccount() != null) remember(accounts, ids.resolve(p.replyToAccount()));
                posts.add(postParams(p, ids));
            }
            Map<String, Object> accountParams = Map.of("accounts", new ArrayList<>(accounts.values()));
            tx.run(ADOPT_HANDLES, accountParams).consume();
            tx.run(MERGE_ACCOUNTS, accountParams).consume();
            tx.run(MERGE_POSTS, Map.of("posts", posts, "chats", chats)).consume();
        });
    }

    /**
     * Maps handle-only references ('@handle') to platform ids known in this batch or in the graph, so a
     * mention from a CSV and a status from the API meet at one account.
     */
    private static HandleResolver resolver(TransactionContext tx, List<Post> batch) {
        List<Account> accounts = new ArrayList<>();
        for (Post p : batch) {
            accounts.add(p.author());
            accounts.addAll(p.mentions());
            if (p.replyToAccount() != null) accounts.add(p.replyToAccount());
        }
        return resolver(tx, accounts);
    }

    private static HandleResolver resolver(TransactionContext tx, java.util.Collection<Account> accounts) {
        Map<String, String> known = new HashMap<>();
        List<Map<String, Object>> refs = new ArrayList<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        java.util.function.Consumer<Account> note = a -> {
            if (a.handle() == null) return;
            String key = HandleResolver.key(a.platform(), a.handle());
            if (!a.id().startsWith("@")) known.putIfAbsent(key, a.id());
            else if (asked.add(key)) refs.add(Map.of("platform", a.platform(),
                    "handle", a.handle().toLowerCase(java.util.Locale.ROOT)));
        };
        accounts.forEach(note);
        if (!refs.isEmpty()) {
            for (var r : tx.run(RESOLVE_HANDLES, Map.of("refs", refs)).list()) {
                known.putIfAbsent(HandleResolver.key(r.get("platform").asString(), r.get("handle").asString()),
                        r.get("id").asString());
            }
        }
        return new HandleResolver(known);
    }

    private record HandleResolver(Map<String, String> ids) {
        static String key(String platform, String handle) {
            return platform + "\u0000" + handle.toLowerCase(java.util.Locale.ROOT);
        }

        Account resolve(Account a) {
            if (!a.id().startsWith("@") || a.handle() == null) return a;
            String id = ids.get(key(a.platform(), a.handle()));
            return id == null ? a : new Account(a.platform(), id, a.handle(), a.name(), a.bio(), a.location(),
                    a.followers(), a.url(), a.seen());
        }

        String id(Account a) {
            return a == null ? null : resolve(a).id();
        }
    }

    /**
     * Writes interactions from an edge list, in one transaction per batch. Handle-only ends find an account
     * already known with its platform id, as posts' accounts do.
     */
    public void writeEdges(List<Edge> batch, String file) {
        db.inWriteTransaction(tx -> {
            List<Account> ends = new ArrayList<>();
            batch.forEach(e -> { ends.add(e.source()); ends.add(e.target()); });
            HandleResolver ids = resolver(tx, ends);
            List<Map<String, Object>> edges = new ArrayList<>(batch.size());
            for (Edge e : batch) {
                Map<String, Object> row = new HashMap<>();
                row.put("platform", e.source().platform());
                row.put("source", ids.id(e.source()));
                row.put("sourceHandle", e.source().handle());
                row.put("target", ids.id(e.target()));
                row.put("targetHandle", e.target().handle());
                row.put("kind", e.kind());
                row.put("weight", e.weight());
                edges.add(row);
            }
            tx.run(MERGE_LISTED, Map.of("edges", edges, "file", file)).consume();
        });
    }

    /** Writes account profiles (from a network export's vertex list): newest sighting wins, as for posts. */
    public void writeProfiles(List<Account> profiles) {
        db.inWriteTransaction(tx -> {
            HandleResolver ids = resolver(tx, profiles);
            Map<String, Object> accounts = new LinkedHashMap<>();
            profiles.forEach(a -> remember(accounts, ids.resolve(a)));
            Map<String, Object> params = Map.of("accounts", new ArrayList<>(accounts.values()));
            tx.run(ADOPT_HANDLES, params).consume();
            tx.run(MERGE_ACCOUNTS, params).consume();
        });
    }

    /** Recomputes INTERACTS from all posts; run once after an import, not per batch. */
    public void deriveInteractions() {
        String stamp = Instant.now().toString();
        db.write(DERIVE_INTERACTS, Map.of("stamp", stamp));
        db.write(DERIVE_LISTED, Map.of("stamp", stamp));
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

    private static Map<String, Object> postParams(Post p, HandleResolver ids) {
        Map<String, Object> row = new HashMap<>();
        row.put("platform", p.platform());
        row.put("id", p.id());
        row.put("author", ids.id(p.author()));
        row.put("text", p.text());
        row.put("createdAt", utc(p.createdAt()));
        row.put("lang", p.lang());
        row.put("url", p.url());
        row.put("tags", p.hashtags());
        row.put("mentions", p.mentions().stream().map(ids::id).distinct().toList());
        row.put("replyToAccount", ids.id(p.replyToAccount()));
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
