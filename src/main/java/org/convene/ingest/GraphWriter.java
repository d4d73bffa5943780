package org.convene.ingest;

import java.time.Instant;
import java.util.List;
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
    private static final String DERIVE_LISTED = CypherScript.query(GraphWriter.class, "derive-listed");
    private static final String DROP_STALE_INTERACTS = CypherScript.query(GraphWriter.class, "drop-stale-interacts");

    private final GraphDb db;
    private final BatchWriter batches;

    public GraphWriter(GraphDb db, ObjectProvider<EmbeddedNeo4j> embedded,
                       @Value("${convene.import.writer:auto}") String writer) {
        this.db = db;
        EmbeddedNeo4j local = embedded.getIfAvailable();
        this.batches = local != null && !"cypher".equals(writer)
                ? new EmbeddedBatchWriter(local.database()) : new CypherBatchWriter(db);
    }

    public void write(List<Post> batch, List<String> chats) {
        batches.write(batch, chats);
    }

    /** Writes interactions from an edge list, in one transaction per batch. */
    public void writeEdges(List<Edge> batch, String file) {
        batches.writeEdges(batch, file);
    }

    /** Recomputes INTERACTS from all posts; run once after an import, not per batch. */
    public void deriveInteractions() {
        String stamp = Instant.now().toString();
        db.write(DERIVE_INTERACTS, Map.of("stamp", stamp));
        db.write(DERIVE_LISTED, Map.of("stamp", stamp));
        db.write(DROP_STALE_INTERACTS, Map.of("stamp", stamp));
    }
}
