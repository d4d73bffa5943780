package org.convene.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.graph.GraphDb;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes imported records into the graph, a batch per transaction, with MERGE throughout so that
 * re-importing the same records changes nothing. With the embedded database it writes through Neo4j's
 * Java API; with a server, or {@code convene.import.writer=cypher}, through Cypher. Both write the same graph.
 */
@Component
public class GraphWriter {

    private static final String DERIVE_INTERACTS = CypherScript.query(GraphWriter.class, "derive-interacts");
    private static final String DROP_STALE_INTERACTS = CypherScript.query(GraphWriter.class, "drop-stale-interacts");
    private static final String REFERRING_AUTHORS = CypherScript.query(GraphWriter.class, "referring-authors");
    private static final int DERIVE_CHUNK = 500;

    private final GraphDb db;
    private final BatchWriter batches;

    public GraphWriter(GraphDb db, ObjectProvider<EmbeddedNeo4j> embedded,
                       @Value("${convene.import.writer:auto}") String writer) {
        this.db = db;
        EmbeddedNeo4j local = embedded.getIfAvailable();
        this.batches = local != null && !"cypher".equals(writer)
                ? new EmbeddedBatchWriter(local.database()) : new CypherBatchWriter(db);
    }

    /** Writes a batch of posts; returns their authors, whose interactions then need deriving. */
    public Set<AccountKey> write(List<Post> batch, List<String> chats) {
        return batches.write(batch, chats);
    }

    /** Writes interactions from an edge list, in one transaction per batch; returns their sources. */
    public Set<AccountKey> writeEdges(List<Edge> batch, String file) {
        return batches.writeEdges(batch, file);
    }

    /**
     * Recomputes INTERACTS for these accounts (run once after an import, not per batch), and for the
     * authors who reply to, retweet or quote their posts. Works in chunks, a transaction each, so that the
     * memory it needs does not grow with the import.
     */
    public void deriveInteractions(Set<AccountKey> accounts) {
        String stamp = Instant.now().toString();
        List<AccountKey> all = new ArrayList<>(accounts);
        Set<AccountKey> done = new HashSet<>(accounts);
        List<AccountKey> referring = new ArrayList<>();
        for (int i = 0; i < all.size(); i += DERIVE_CHUNK) {
            List<Map<String, Object>> chunk = params(all.subList(i, Math.min(all.size(), i + DERIVE_CHUNK)));
            derive(chunk, stamp);
            for (var r : db.read(REFERRING_AUTHORS, Map.of("accounts", chunk))) {
                AccountKey key = new AccountKey(r.get("platform").asString(), r.get("id").asString());
                if (done.add(key)) referring.add(key);
            }
        }
        for (int i = 0; i < referring.size(); i += DERIVE_CHUNK) {
            derive(params(referring.subList(i, Math.min(referring.size(), i + DERIVE_CHUNK))), stamp);
        }
    }

    private void derive(List<Map<String, Object>> chunk, String stamp) {
        Map<String, Object> params = Map.of("accounts", chunk, "stamp", stamp);
        db.inWriteTransaction(tx -> {
            tx.run(DERIVE_INTERACTS, params).consume();
            tx.run(DROP_STALE_INTERACTS, params).consume();
        });
    }

    private static List<Map<String, Object>> params(List<AccountKey> keys) {
        return keys.stream().map(AccountKey::params).toList();
    }
}
