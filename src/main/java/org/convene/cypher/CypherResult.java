package org.convene.cypher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a query returned.
 *
 * @param columns   the result's keys in order
 * @param rows      values made plain by {@link org.convene.graph.ValueFormat}, one map per row
 * @param graph     the nodes and relationships found anywhere in the rows (inside lists and paths too)
 * @param truncated true when the query had more rows than {@code maxRows} and the rest was dropped
 * @param changes   what a write changed, in Neo4j's words ("nodes created: 1"), empty when nothing changed
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, ResultGraph graph,
                           boolean truncated, int maxRows, Duration took, String changes, List<String> nullParameters) {

    /** The same result, saying which parameters the query named but was not given, and so ran with as null. */
    CypherResult withNullParameters(List<String> names) {
        return new CypherResult(columns, rows, graph, truncated, maxRows, took, changes, List.copyOf(names));
    }

    /** "Not given, so null: $limit, $start." for a status line; empty when all were given. */
    public String nullParametersNote() {
        return nullParameters.isEmpty() ? "" : "Not given, so null: $" + String.join(", $", nullParameters) + ".";
    }

    /** Nodes by element id with their labels and a short caption; relationships between them. */
    public record ResultGraph(List<GraphNode> nodes, List<GraphRelationship> relationships) {
        public boolean isEmpty() {
            return nodes.isEmpty();
        }
    }

    /** @param properties the node's properties, each as {@link org.convene.graph.ValueFormat#plain} made it, by key */
    public record GraphNode(String id, List<String> labels, String caption, Map<String, Object> properties) {}

    public record GraphRelationship(String id, String type, String start, String end) {}
}
