package org.convene.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * Whole-number columns as their readers expect them: an edge list stores its weights as floats, so a count
     * may come as 3.0; it is written 3. A column with a fraction in it (an edge list's 0.5) becomes DOUBLE.
     * Without this, networkx refuses the GraphML and GEXF ("invalid literal for int(): '3.0'").
     */
    ExportGraph normalised() {
        List<Column> nc = types(nodeColumns, nodes), ec = types(edgeColumns, edges);
        return new ExportGraph(nc, whole(nc, nodes), ec, whole(ec, edges));
    }

    private static List<Column> types(List<Column> columns, List<Map<String, Object>> rows) {
        return columns.stream().map(c -> c.type() == Type.LONG && rows.stream().map(r -> r.get(c.name()))
                .anyMatch(v -> v instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue()))
                ? new Column(c.name(), Type.DOUBLE) : c).toList();
    }

    private static List<Map<String, Object>> whole(List<Column> columns, List<Map<String, Object>> rows) {
        List<String> longs = columns.stream().filter(c -> c.type() == Type.LONG).map(Column::name).toList();
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = row;
            for (String name : longs) {
                if (row.get(name) instanceof Double d) {
                    if (copy == row) copy = new LinkedHashMap<>(row);
                    copy.put(name, (long) Math.rint(d));
                }
            }
            out.add(copy);
        }
        return out;
    }

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TARGET = "target";
}
