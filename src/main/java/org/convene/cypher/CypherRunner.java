package org.convene.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.convene.cypher.CypherResult.GraphNode;
import org.convene.cypher.CypherResult.GraphRelationship;
import org.convene.cypher.CypherResult.ResultGraph;
import org.convene.graph.GraphChanged;
import org.convene.graph.ValueFormat;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs one ad hoc Cypher statement under Convene's rules, the same for the command line and the UI.
 * Without {@code mayWrite} the statement is first planned with EXPLAIN and refused when it would write,
 * change the schema, call a write or admin procedure or LOAD CSV; it then runs in a read transaction,
 * which the database itself keeps from writing. Every statement runs under the configured time-out,
 * and at most {@code maxRows} rows are kept.
 */
@Service
public class CypherRunner {

    private static final TypeSystem TYPES = TypeSystem.getDefault();
    private final Driver driver;
    private final CypherSettings settings;
    private final ReadOnlyRules rules;
    private final ApplicationEventPublisher events;

    public CypherRunner(Driver driver, CypherSettings settings, ApplicationEventPublisher events) {
        this.driver = driver;
        this.events = events;
        this.settings = settings;
        this.rules = new ReadOnlyRules();
    }

    public CypherSettings settings() {
        return settings;
    }

    /** Runs with the configured row limit. */
    public CypherResult run(String query, Map<String, Object> params, boolean mayWrite) {
        return run(query, params, mayWrite, settings.maxRows());
    }

    /**
     * @param mayWrite allow writes, schema changes and every procedure (sign-in decides who may, later)
     * @param maxRows  rows to keep; {@code Integer.MAX_VALUE} for all
     * @throws CypherRefusedException when the rules refuse the statement or it runs past the time-out
     * @throws Neo4jException         when the database rejects it (syntax, missing parameter...)
     */
    public CypherResult run(String query, Map<String, Object> params, boolean mayWrite, int maxRows) {
        return run(query, params, mayWrite, maxRows, null);
    }

    /**
     * As above, tagged with {@code runId} so that {@link #cancel} can stop it from another thread.
     *
     * @throws CypherRefusedException also when the run was cancelled
     */
    public CypherResult run(String query, Map<String, Object> params, boolean mayWrite, int maxRows, String runId) {
        try {
            return execute(query, params, mayWrite, maxRows, runId);
        } catch (Neo4jException e) {
            // a parameter the query names but was not given runs as null: the library's queries then take their
            // documented default (coalesce($limit, 10)), and the result says which were null
            List<String> missing = missingParameters(e);
            if (missing.isEmpty()) throw e;
            Map<String, Object> more = new java.util.HashMap<>(params == null ? Map.of() : params);
            missing.forEach(name -> more.put(name, null));
            return execute(query, more, mayWrite, maxRows, runId).withNullParameters(missing);
        }
    }

    /** The names in Neo4j's "Expected parameter(s): limit, start", or none for any other error. */
    static List<String> missingParameters(Neo4jException e) {
        String message = e.getMessage();
        if (e.code() == null || !e.code().contains("ParameterMissing") || message == null || !message.contains(":")) {
            return List.of();
        }
        return java.util.Arrays.stream(message.substring(message.indexOf(':') + 1).split(","))
                .map(String::strip).filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*")).toList();
    }

    /**
     * Stops the run tagged {@code runId} if it is still going (a person gave up waiting): its transaction is
     * terminated, so nothing it would have written stays. Returns whether one was found.
     */
    public boolean cancel(String runId) {
        if (runId == null) return false;
        try (Session session = driver.session()) {
            List<String> ids = session.run(CANCEL_FIND, Map.of("run", runId)).list(r -> r.get("id").asString());
            if (ids.isEmpty()) return false;
            cancelled.add(runId);
            session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            return true;
        }
    }

    /** Runs cancelled and not yet reported as such. */
    private final java.util.Set<String> cancelled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final String CANCEL_FIND = "SHOW TRANSACTIONS YIELD transactionId, metaData "
            + "WHERE metaData.conveneRun = $run RETURN transactionId AS id";

    private CypherResult execute(String query, Map<String, Object> params, boolean mayWrite, int maxRows, String runId) {
        String statement = statement(query);
        long started = System.nanoTime();
        var sessionConfig = SessionConfig.builder()
                .withDefaultAccessMode(mayWrite ? AccessMode.WRITE : AccessMode.READ).build();
        var txBuilder = TransactionConfig.builder().withTimeout(settings.timeout());
        if (runId != null) txBuilder.withMetadata(Map.of("conveneRun", runId));
        var txConfig = txBuilder.build();
        try (Session session = driver.session(sessionConfig)) {
            if (!mayWrite) rules.check(session, statement, params, txConfig);
            try (Transaction tx = session.beginTransaction(txConfig)) {
                Result result = tx.run(statement, params);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                GraphCollector graph = new GraphCollector();
                while (rows.size() < maxRows && result.hasNext()) {
                    Record record = result.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : columns) {
                        Value value = record.get(column);
                        graph.collect(value);
                        row.put(column, ValueFormat.plain(value));
                    }
                    rows.add(row);
                }
                boolean truncated = result.hasNext();
                String changes = "";
                if (mayWrite) {
                    var counters = result.consume().counters();
                    changes = describe(counters);
                    tx.commit();
                    if (!changes.isEmpty()) events.publishEvent(new GraphChanged("cypher", counters.nodesDeleted() > 0));
                } // a read is rolled back: nothing to keep, and the rest of a truncated result is not computed
                return new CypherResult(columns, rows, graph.result(), truncated, maxRows,
                        Duration.ofNanos(System.nanoTime() - started), changes, List.of());
            }
        } catch (Neo4jException e) {
            // the database reports a terminated transaction in several ways; which runs were cancelled is known here
            if (runId != null && cancelled.remove(runId)) {
                throw new CypherRefusedException("Stopped: the query was cancelled before it finished; nothing it "
                        + "did was kept.");
            }
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                throw new CypherRefusedException("The query was stopped after " + seconds(settings.timeout())
                        + " (the limit set by convene.cypher.timeout). Narrow the MATCH, add a LIMIT, or raise the limit.");
            }
            throw e;
        }
    }

    /** One statement: surrounding blanks and a final semicolon are dropped, as in a library file. */
    static String statement(String query) {
        String s = query == null ? "" : query.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty() || s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
            throw new CypherRefusedException("There is no query to run: type a Cypher statement such as "
                    + "MATCH (a:Account) RETURN a.handle LIMIT 10");
        }
        return s;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String describe(SummaryCounters c) {
        if (!c.containsUpdates() && !c.containsSystemUpdates()) return "";
        List<String> parts = new ArrayList<>();
        add(parts, "nodes created", c.nodesCreated());
        add(parts, "nodes deleted", c.nodesDeleted());
        add(parts, "relationships created", c.relationshipsCreated());
        add(parts, "relationships deleted", c.relationshipsDeleted());
        add(parts, "properties set", c.propertiesSet());
        add(parts, "labels added", c.labelsAdded());
        add(parts, "labels removed", c.labelsRemoved());
        add(parts, "indexes added", c.indexesAdded());
        add(parts, "indexes removed", c.indexesRemoved());
        add(parts, "constraints added", c.constraintsAdded());
        add(parts, "constraints removed", c.constraintsRemoved());
        add(parts, "system updates", c.systemUpdates());
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String what, int n) {
        if (n > 0) parts.add(what + ": " + n);
    }

    /** Gathers nodes and relationships from any value, including those inside lists, maps and paths. */
    private static final class GraphCollector {
        private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        private final Map<String, GraphRelationship> relationships = new LinkedHashMap<>();

        void collect(Value value) {
            if (value == null || value.isNull()) return;
            if (value.hasType(TYPES.NODE())) {
                node(value.asNode());
            } else if (value.hasType(TYPES.RELATIONSHIP())) {
                relationship(value.asRelationship());
            } else if (value.hasType(TYPES.PATH())) {
                Path path = value.asPath();
                path.nodes().forEach(this::node);
                path.relationships().forEach(this::relationship);
            } else if (value.hasType(TYPES.LIST())) {
                value.values().forEach(this::collect);
            } else if (value.hasType(TYPES.MAP())) {
                value.values().forEach(this::collect);
            }
        }

        private void node(Node n) {
            nodes.computeIfAbsent(n.elementId(), id -> {
                Map<String, Object> properties = new java.util.TreeMap<>();
                n.keys().forEach(k -> properties.put(k, ValueFormat.plain(n.get(k))));
                return new GraphNode(id, StreamSupport.stream(n.labels().spliterator(), false).toList(), caption(n),
                        properties);
            });
        }

        private void relationship(Relationship r) {
            relationships.computeIfAbsent(r.elementId(), id -> new GraphRelationship(id, r.type(),
                    r.startNodeElementId(), r.endNodeElementId()));
        }

        /** Only relationships whose both ends are in the result can be drawn. */
        ResultGraph result() {
            return new ResultGraph(List.copyOf(nodes.values()), relationships.values().stream()
                    .filter(r -> nodes.containsKey(r.start()) && nodes.containsKey(r.end())).toList());
        }

        private static String caption(Node n) {
            if (n.containsKey("handle") && !n.get("handle").isNull()) return "@" + n.get("handle").asString();
            if (n.containsKey("tag") && !n.get("tag").isNull()) return "#" + n.get("tag").asString();
            for (String key : List.of("name", "text", "id")) {
                if (n.containsKey(key) && !n.get(key).isNull()) {
                    String s = n.get(key).toString().replace("\"", "");
                    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
                }
            }
            var labels = n.labels().iterator();
            return labels.hasNext() ? labels.next() : n.elementId();
        }
    }
}
