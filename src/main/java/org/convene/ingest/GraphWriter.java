package org.convene.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private static final int DERIVE_CHUNK = 500;

    private static final String INTERACTING_ACCOUNTS = org.convene.graph.CypherScript.query(GraphWriter.class,
            "interacting-accounts");
    private static final String MERGE_COPIES = org.convene.graph.CypherScript.query(GraphWriter.class,
            "merge-inferred-originals");
    private final GraphDb db;
    private final BatchWriter batches;
    private final InteractionDeriver interactions;

    public GraphWriter(GraphDb db, ObjectProvider<EmbeddedNeo4j> embedded,
                       @Value("${convene.import.writer:auto}") String writer) {
        this.db = db;
        EmbeddedNeo4j local = embedded.getIfAvailable();
        boolean direct = local != null && !"cypher".equals(writer);
        this.batches = direct ? new EmbeddedBatchWriter(local.database()) : new CypherBatchWriter(db);
        this.interactions = direct ? new EmbeddedInteractions(local.database()) : new CypherInteractions(db);
    }

    /** Writes a batch of posts; returns their authors, whose interactions then need deriving. */
    public Set<AccountKey> write(List<Post> batch, List<String> chats) {
        return batches.write(batch, chats);
    }

    /** Writes interactions from an edge list, in one transaction per batch; returns their sources. */
    public Set<AccountKey> writeEdges(List<Edge> batch, String file) {
        return batches.writeEdges(batch, file);
    }

    /** Writes account profiles (from a network export's vertex list): the newest sighting wins, as for posts. */
    public void writeProfiles(List<Account> profiles) {
        batches.writeProfiles(profiles);
    }

    /** Recomputes every account's INTERACTS: for data written other than through this writer. */
    public void deriveAllInteractions() {
        Set<AccountKey> all = new HashSet<>();
        for (var r : db.read(INTERACTING_ACCOUNTS)) all.add(new AccountKey(r.get("platform").asString(), r.get("id").asString()));
        deriveInteractions(all);
    }

    /**
     * Recomputes INTERACTS for these accounts (run once after an import, not per batch), first merging the
     * originals their retweets' texts inferred into their real posts (merge-inferred-originals.cypher), and for the
     * authors who reply to, retweet or quote their posts. Works in chunks, a transaction each, so that the
     * memory it needs does not grow with the import.
     */
    public void deriveInteractions(Set<AccountKey> accounts) {
        String stamp = Instant.now().toString();
        List<AccountKey> all = new ArrayList<>(accounts);
        for (int i = 0; i < all.size(); i += DERIVE_CHUNK) { // before counting: a copy would count twice
            db.write(MERGE_COPIES, java.util.Map.of("accounts",
                    all.subList(i, Math.min(all.size(), i + DERIVE_CHUNK)).stream().map(AccountKey::params).toList()));
        }
        Set<AccountKey> done = new HashSet<>(accounts);
        List<AccountKey> referring = new ArrayList<>();
        for (int i = 0; i < all.size(); i += DERIVE_CHUNK) {
            for (AccountKey key : interactions.derive(all.subList(i, Math.min(all.size(), i + DERIVE_CHUNK)), stamp)) {
                if (done.add(key)) referring.add(key);
            }
        }
        for (int i = 0; i < referring.size(); i += DERIVE_CHUNK) {
            interactions.derive(referring.subList(i, Math.min(referring.size(), i + DERIVE_CHUNK)), stamp);
        }
    }
}
