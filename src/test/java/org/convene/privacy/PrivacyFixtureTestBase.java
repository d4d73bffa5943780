package org.convene.privacy;

import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.GraphWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Tests on the privacy fixture: built before each test (before the subclass's own set-up), removed after. */
public abstract class PrivacyFixtureTestBase extends GraphTestBase {

    @Autowired protected GraphDb db;
    @Autowired protected GraphWriter writer;

    @BeforeEach
    void buildPrivacyFixture() {
        PrivacyFixture.build(db, writer);
    }

    @AfterEach
    void removePrivacyFixture() {
        PrivacyFixture.remove(db);
    }

    protected long count(String query) {
        return db.readLong(query, Map.of());
    }
}
