package org.convene.suggest;

import org.convene.GraphTestBase;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The small #fxchat graph of {@code fixture.cypher}, written before each test and removed after it. */
abstract class SuggestFixture extends GraphTestBase {

    @Autowired GraphDb db;

    @BeforeEach
    void writeFixture() {
        clean();
        CypherScript.statements("org/convene/suggest/fixture.cypher").forEach(db::write);
    }

    @AfterEach
    void clean() {
        CypherScript.statements("org/convene/suggest/clean-fixture.cypher").forEach(db::write);
    }
}
