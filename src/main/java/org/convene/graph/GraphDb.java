package org.convene.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The one way features talk to Neo4j. Reads run in read transactions, so a {@code neo4j://} cluster
 * can route them to secondaries; writes run in write transactions, retried by the driver on
 * transient failures (leader switch, deadlock). Queries always take parameters, never spliced values.
 */
@Component
public class GraphDb {

    private final Driver driver;

    public GraphDb(Driver driver) {
        this.driver = driver;
    }

    public List<Record> read(String cypher, Map<String, Object> params) {
        return run(cypher, params, RoutingControl.READ);
    }

    public List<Record> read(String cypher) {
        return read(cypher, Map.of());
    }

    public List<Record> write(String cypher, Map<String, Object> params) {
        return run(cypher, params, RoutingControl.WRITE);
    }

    public List<Record> write(String cypher) {
        return write(cypher, Map.of());
    }

    /** The single value of a one-row, one-column read, such as a count. */
    public long readLong(String cypher, Map<String, Object> params) {
        return read(cypher, params).getFirst().get(0).asLong();
    }

    private List<Record> run(String cypher, Map<String, Object> params, RoutingControl routing) {
        return driver.executableQuery(cypher)
                .withParameters(params)
                .withConfig(QueryConfig.builder().withRouting(routing).build())
                .execute()
                .records();
    }

    /** Runs several statements in one write transaction: all of them land, or none. */
    public void inWriteTransaction(java.util.function.Consumer<TransactionContext> work) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(work);
        }
    }
}
