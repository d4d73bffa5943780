package org.convene.ingest;

import java.util.List;

/**
 * Writes one batch of records into the graph in one transaction, with MERGE semantics: writing the same
 * records again changes nothing, and a batch is either written whole or not at all.
 */
interface BatchWriter {

    void write(List<Post> batch, List<String> chats);

    /** Interactions from an edge list, as (a)-[:LISTED {kind, file, weight}]->(b). */
    void writeEdges(List<Edge> batch, String file);
}
