package org.convene.analysis;

import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ChatSessions;
import org.convene.ingest.GraphWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Tests that read the {@link AnalysisFixture} graph once analysed: built and analysed once per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AnalysedFixtureTestBase extends GraphTestBase {

    @Autowired protected GraphDb db;
    @Autowired protected GraphWriter writer;
    @Autowired protected ChatSessions sessions;
    @Autowired protected AnalysisService analysis;

    /** Checks to make on the empty fixture before it is built; none by default. */
    protected void beforeBuilding() {}

    @BeforeAll
    void analysedFixture() {
        AnalysisFixture.remove(db);
        beforeBuilding();
        AnalysisFixture.build(db, writer, sessions);
        analysis.run(AnalysisOptions.defaults(), AnalysisProgress.NONE);
    }

    @AfterAll
    void removeFixture() {
        AnalysisFixture.remove(db);
    }
}
