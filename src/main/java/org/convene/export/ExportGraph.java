package org.convene.export;

import java.util.List;
import java.util.Map;

/**
 * The graph as exported: columns with their types, then one map of values per account and per interaction.
 * A missing value is absent from the map.
 */
record ExportGraph(List<Column> nodeColumns, List<Map<String, Object>> nodes,
                   List<Column> edgeColumns, List<Map<String, Object>> edges) {

    enum Type { STRING, LONG, DOUBLE }

    record Column(String name, Type type) {}

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TARGET = "target";
}
