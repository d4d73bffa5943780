package org.convene.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.ingest.AccountKey;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * What an erasure, a retention run or the demo's removal leaves with nothing: accounts whose every post went (an account whose only
 * post was a retweet of the erased one) or that only removed posts named, and hashtags no post uses any more.
 * They go too, and the cluster summaries stop naming them: keeping them would serve no feature.
 */
final class Leftovers {

    private static final String REMOVE_EMPTY = CypherScript.query(Leftovers.class, "remove-empty-accounts");
    private static final String REMOVE_UNUSED_HASHTAGS = CypherScript.query(Leftovers.class, "remove-unused-hashtags");

    private Leftovers() {}

    /** Removes those of {@code accounts} left with nothing (see remove-empty-accounts.cypher); returns how many. */
    static long removeEmptyAccounts(TransactionContext tx, Collection<AccountKey> accounts) {
        if (accounts.isEmpty()) return 0;
        List<Map<String, Object>> keys = accounts.stream().map(AccountKey::params).toList();
        Record r = tx.run(REMOVE_EMPTY, Map.of("accounts", keys)).single();
        ClusterCleaner.forget(tx, r.get("names").asList(Value::asString));
        return r.get("removed").asLong();
    }

    /** As {@link #removeEmptyAccounts(TransactionContext, Collection)} for many accounts: 500 a transaction. */
    static long removeEmptyAccounts(org.convene.graph.GraphDb db, Collection<AccountKey> accounts) {
        List<AccountKey> all = List.copyOf(accounts);
        long total = 0;
        for (int i = 0; i < all.size(); i += 500) {
            List<AccountKey> chunk = all.subList(i, Math.min(all.size(), i + 500));
            long[] removed = {0}; // set, not added to: the driver may run the work again after a transient error
            db.inWriteTransaction(tx -> removed[0] = removeEmptyAccounts(tx, chunk));
            total += removed[0];
        }
        return total;
    }

    /** Removes hashtags no post uses (a followed chat's stays) and drops them from the clusters' top hashtags. */
    static void removeUnusedHashtags(TransactionContext tx) {
        List<String> tags = tx.run(REMOVE_UNUSED_HASHTAGS).single().get("tags").asList(Value::asString);
        ClusterCleaner.forgetHashtags(tx, tags);
    }
}
