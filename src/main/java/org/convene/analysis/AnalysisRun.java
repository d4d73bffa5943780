package org.convene.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.graph.GraphDb;

/** What the steps of one run share: the settings, the database, the projection's name and the figures found. */
public final class AnalysisRun {

    private final AnalysisOptions options;
    private final GraphDb db;
    private final String graph;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    /** Leiden wrote the community ids itself (its fallback path), so the score write-back leaves them out. */
    private boolean communitiesWritten;

    AnalysisRun(AnalysisOptions options, GraphDb db, String graph) {
        this.options = options;
        this.db = db;
        this.graph = graph;
    }

    public AnalysisOptions options() {
        return options;
    }

    public GraphDb db() {
        return db;
    }

    /** The name of this run's GDS projection of the interaction graph. */
    public String graph() {
        return graph;
    }

    /** Figures kept in the AnalysisRun node and printed by {@code convene analyze --json}. */
    public Map<String, Object> figures() {
        return figures;
    }

    public void figure(String name, Object value) {
        figures.put(name, value);
    }

    boolean communitiesWritten() {
        return communitiesWritten;
    }

    void communitiesWritten(boolean written) {
        communitiesWritten = written;
    }

    long figureLong(String name) {
        return figures.get(name) instanceof Number n ? n.longValue() : 0;
    }
}
