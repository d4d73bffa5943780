package org.convene.graph;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the connected Neo4j has Graph Data Science. Checked once, right after start-up (the embedded
 * database registers GDS in the background): the analysis features ask {@link #current()} and show its
 * message instead of failing on a missing procedure.
 */
@Component
public class GdsStatus {

    private static final Logger log = LoggerFactory.getLogger(GdsStatus.class);
    static final String MISSING = "The Neo4j server has no Graph Data Science plugin, so communities, influence, "
            + "bridges and invite suggestions are unavailable. Install GDS 2.26 on the server "
            + "(NEO4J_PLUGINS='[\"graph-data-science\"]' in Docker) or run Convene with its embedded database.";

    /** What the check found. */
    public record State(boolean available, String version, long procedures, String message) {}

    private final GraphDb db;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private volatile State state;

    public GdsStatus(GraphDb db, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.db = db;
        this.embedded = embedded;
    }

    /**
     * Says at start-up, in the log, whether an external server can run analysis. Done before the application
     * reports ready, not in the background, so a short-lived command never checks through a closed driver;
     * the embedded database always has GDS and is checked on first use, once its registration is done.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartup() {
        if (embedded.getIfAvailable() == null) current();
    }

    /** The state, checking (and for the embedded database waiting for registration) on first use. */
    public State current() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) state = check();
                s = state;
            }
        }
        return s;
    }

    /** The state if already known, without waiting. */
    public Optional<State> ifKnown() {
        return Optional.ofNullable(state);
    }

    public boolean available() {
        return current().available();
    }

    private State check() {
        try {
            EmbeddedNeo4j own = embedded.getIfAvailable();
            if (own != null) own.awaitGds();
            String version = db.read("RETURN gds.version() AS version").getFirst().get("version").asString();
            long count = db.readLong("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(*)", Map.of());
            return new State(true, version, count, "Graph Data Science " + version + " (" + count + " procedures)");
        } catch (ClientException e) {
            log.warn(MISSING + " ({})", e.getMessage());
            return new State(false, null, 0, MISSING);
        } catch (RuntimeException e) {
            String message = "Graph Data Science is unavailable: " + e.getMessage();
            log.warn(message);
            return new State(false, null, 0, message);
        }
    }
}
