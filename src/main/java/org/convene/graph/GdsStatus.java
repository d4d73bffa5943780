package org.convene.graph;

import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the connected Neo4j has Graph Data Science. Checked once at start-up: the analysis features
 * ask {@link #available()} and show {@link #message()} instead of failing on a missing procedure.
 */
@Component
public class GdsStatus {

    private static final Logger log = LoggerFactory.getLogger(GdsStatus.class);
    private final boolean available;
    private final String version;
    private final long procedures;
    private final String message;

    public GdsStatus(GraphDb db, SchemaInitializer schemaFirst) {
        boolean ok;
        String v = null;
        long count = 0;
        String msg;
        try {
            v = db.read("RETURN gds.version() AS version").getFirst().get("version").asString();
            count = db.readLong("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(*)",
                    java.util.Map.of());
            ok = true;
            msg = "Graph Data Science " + v + " (" + count + " procedures)";
        } catch (ClientException e) {
            ok = false;
            msg = "The Neo4j server has no Graph Data Science plugin, so communities, influence, bridges and "
                    + "invite suggestions are unavailable. Install GDS 2.26 on the server (NEO4J_PLUGINS='[\"graph-data-science\"]' "
                    + "in Docker) or run Convene with its embedded database.";
            log.warn(msg + " ({})", e.getMessage());
        }
        this.available = ok;
        this.version = v;
        this.procedures = count;
        this.message = msg;
    }

    public boolean available() {
        return available;
    }

    public String version() {
        return version;
    }

    public long procedures() {
        return procedures;
    }

    public String message() {
        return message;
    }
}
