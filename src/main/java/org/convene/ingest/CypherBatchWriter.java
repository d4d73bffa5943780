package org.convene.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.TransactionContext;

/** Writes batches through the driver with Cypher: works on any Neo4j, embedded or a server. */
final class CypherBatchWriter implements BatchWriter {

    private static final String RESOLVE_HANDLES = CypherScript.query(GraphWriter.class, "resolve-handles");
    private static final String ADOPT_HANDLES = CypherScript.query(GraphWriter.class, "adopt-handles");
    private static final String MERGE_ACCOUNTS = CypherScript.query(GraphWriter.class, "merge-accounts");
    private static final String MERGE_POSTS = CypherScript.query(GraphWriter.class, "merge-posts");
    private static final String MERGE_LISTED = CypherScript.query(GraphWriter.class, "merge-listed");

    private final GraphDb db;

    CypherBatchWriter(GraphDb db) {
        this.db = db;
    }

    @Override
    public java.util.Set<AccountKey> write(List<Post> batch, List<String> chats) {
        java.util.Set<AccountKey> authors = new java.util.HashSet<>();
        db.inWriteTransaction(tx -> {
            PreparedBatch ready = new PreparedBatch(PreparedBatch.accountsOf(batch), refs -> lookup(tx, refs));
            List<Map<String, Object>> posts = new ArrayList<>(batch.size());
            for (Post p : batch) posts.add(postParams(p, ready));
            mergeAccounts(tx, ready);
            tx.run(MERGE_POSTS, Map.of("posts", posts, "chats", chats)).consume();
            authors.clear(); // a retried transaction starts again
            authors.addAll(ready.authors(batch));
        });
        return authors;
    }

    private static Map<String, String> lookup(TransactionContext tx, List<PreparedBatch.HandleRef> refs) {
        List<Map<String, Object>> params = refs.stream()
                .map(r -> Map.<String, Object>of("platform", r.platform(), "handle", r.handleLower())).toList();
        Map<String, String> found = new HashMap<>();
        for (var r : tx.run(RESOLVE_HANDLES, Map.of("refs", params)).list()) {
            found.putIfAbsent(PreparedBatch.key(r.get("platform").asString(), r.get("handle").asString()),
                    r.get("id").asString());
        }
        return found;
    }

    private static void mergeAccounts(TransactionContext tx, PreparedBatch ready) {
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (Account a : ready.accounts()) accounts.add(accountParams(a, ready.firstSeen(a)));
        Map<String, Object> params = Map.of("accounts", accounts);
        tx.run(ADOPT_HANDLES, params).consume();
        tx.run(MERGE_ACCOUNTS, params).consume();
    }

    @Override
    public java.util.Set<AccountKey> writeEdges(List<Edge> batch, String file) {
        java.util.Set<AccountKey> sources = new java.util.HashSet<>();
        db.inWriteTransaction(tx -> {
            PreparedBatch ids = new PreparedBatch(PreparedBatch.endsOf(batch), refs -> lookup(tx, refs));
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
            sources.clear();
            sources.addAll(ids.sources(batch));
        });
        return sources;
    }

    @Override
    public void writeProfiles(List<Account> profiles) {
        db.inWriteTransaction(tx -> mergeAccounts(tx, new PreparedBatch(profiles, refs -> lookup(tx, refs))));
    }

    private static Map<String, Object> accountParams(Account a, java.time.Instant firstSeen) {
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
        row.put("firstSeen", utc(firstSeen));
        return row;
    }

    private static Map<String, Object> postParams(Post p, PreparedBatch ids) {
        Map<String, Object> row = new HashMap<>();
        row.put("platform", p.platform());
        row.put("id", p.id());
        row.put("author", ids.id(p.author()));
        row.put("text", p.text());
        row.put("createdAt", utc(p.createdAt()));
        row.put("lang", p.lang());
        row.put("url", p.url());
        row.put("tags", p.hashtags());
        row.put("mentions", ids.mentionIds(p));
        row.put("replyToAccount", ids.id(p.replyToAccount()));
        row.put("replyInferred", p.replyInferred());
        row.put("replyToPost", p.replyToPost());
        row.put("retweetOf", p.retweetOf());
        row.put("quoteOf", p.quoteOf());
        row.put("inferred", p.id().startsWith("rt:"));
        return row;
    }

    static ZonedDateTime utc(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC);
    }
}
