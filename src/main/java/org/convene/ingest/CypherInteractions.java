package org.convene.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;

/** {@link InteractionDeriver} in Cypher, for any Neo4j. */
final class CypherInteractions implements InteractionDeriver {

    private static final String DERIVE_INTERACTS = CypherScript.query(GraphWriter.class, "derive-interacts");
    private static final String DROP_STALE_INTERACTS = CypherScript.query(GraphWriter.class, "drop-stale-interacts");
    private static final String REFERRING_AUTHORS = CypherScript.query(GraphWriter.class, "referring-authors");

    private final GraphDb db;

    CypherInteractions(GraphDb db) {
        this.db = db;
    }

    @Override
    public Set<AccountKey> derive(List<AccountKey> accounts, String stamp) {
        Map<String, Object> params = Map.of("accounts", accounts.stream().map(AccountKey::params).toList(), "stamp", stamp);
        Set<AccountKey> referring = new HashSet<>();
        db.inWriteTransaction(tx -> {
            tx.run(DERIVE_INTERACTS, params).consume();
            tx.run(DROP_STALE_INTERACTS, params).consume();
            referring.clear();
            tx.run(REFERRING_AUTHORS, params).forEachRemaining(r ->
                    referring.add(new AccountKey(r.get("platform").asString(), r.get("id").asString())));
        });
        return referring;
    }
}
