package org.convene.privacy;

import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.ingest.GraphWriter;

/** The graph of {@code privacy/fixture.cypher}, with INTERACTS derived as an import derives them. */
public final class PrivacyFixture {

    private PrivacyFixture() {}

    public static void build(GraphDb db, GraphWriter writer) {
        remove(db);
        CypherScript.statements("org/convene/privacy/fixture.cypher").forEach(db::write);
        writer.deriveAllInteractions();
    }

    public static void remove(GraphDb db) {
        CypherScript.statements("org/convene/privacy/clean-fixture.cypher").forEach(db::write);
    }
}
