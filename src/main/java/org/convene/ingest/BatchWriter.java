package org.convene.ingest;

import java.util.List;

/**
 * Writes one batch of records into the graph in one transaction, with MERGE semantics: writing the same
 * records again changes nothing, and a batch is either written whole or not at all.
 */
interface BatchWriter {

    /** Returns the accounts whose posts were written, for {@link GraphWriter#deriveInteractions}. */
    java.util.Set<AccountKey> write(List<Post> batch, List<String> chats);

    /**
     * Interactions from an edge list, as (a)-[:LISTED {kind, file, weight}]->(b); returns their sources.
     * Handle-only ends find an account already known with its platform id, as posts' accounts do.
     */
    java.util.Set<AccountKey> writeEdges(List<Edge> batch, String file);

    /** Account profiles (from a network export's vertex list): the newest sighting wins, as for posts. */
    void writeProfiles(List<Account> profiles);
}
