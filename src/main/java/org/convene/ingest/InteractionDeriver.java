package org.convene.ingest;

import java.util.List;
import java.util.Set;

/**
 * Rebuilds (Account)-[:INTERACTS]->(Account) for some accounts from their posts and edge lists, as
 * derive-interacts.cypher and drop-stale-interacts.cypher define it, in one transaction per call.
 */
interface InteractionDeriver {

    /**
     * Rebuilds the interactions of {@code accounts}; returns the authors whose posts reply to, retweet or
     * quote posts of these accounts, whose interactions may have changed too.
     */
    Set<AccountKey> derive(List<AccountKey> accounts, String stamp);
}
