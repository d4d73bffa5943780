package org.convene.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A result value as a researcher reads it in the console's table, in Cypher's own notation: a node as
 * {@code (:Account {handle: "nhsengland", ...})}, a relationship as {@code [:MENTIONS {weight: 2}]}, a path as
 * its nodes and relationships in a row. Keys that name a node come first (handle, tag, name, id), so the part
 * a narrow column shows is the part that tells rows apart. The CSV keeps JSON ({@link ResultCsv}).
 */
public final class CellText {

    private static final List<String> NAMING_KEYS = List.of("handle", "tag", "name", "id", "text", "weight");

    private CellText() {}

    /** @param value a value as {@link org.convene.graph.ValueFormat} made it plain */
    public static String of(Object value) {
        return text(value, false);
    }

    /**
     * The same with each node and relationship cut to the one key that names it, {@code (:Account {handle:
     * "x", …})}: for a table cell, where rows must differ in what a column shows first.
     */
    public static String brief(Object value) {
        return text(value, true);
    }

    private static String text(Object value, boolean brief) {
        if (value == null) return "";
        if (value instanceof String s) return s;
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        return literal(value, brief);
    }

    private static String literal(Object value, boolean brief) {
        if (value == null) return "null";
        if (value instanceof String s) return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        if (value instanceof List<?> list) return list.stream().map(v -> literal(v, brief)).collect(Collectors.joining(", ", "[", "]"));
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.containsKey("labels") && map.get("properties") instanceof Map<?, ?> p) {
                return "(" + labels(map.get("labels")) + properties(p, brief) + ")";
            }
            if (map.size() == 2 && map.get("type") instanceof String type && map.get("properties") instanceof Map<?, ?> p) {
                return "[:" + type + properties(p, brief) + "]";
            }
            if (map.size() == 2 && map.get("nodes") instanceof List<?> nodes && map.get("relationships") instanceof List<?> rels) {
                return path(nodes, rels, brief);
            }
            return map.isEmpty() ? "{}" : "{" + entries(map, List.copyOf(map.keySet()), brief) + "}";
        }
        return value.toString();
    }

    private static String labels(Object labels) {
        return labels instanceof List<?> l ? l.stream().map(x -> ":" + x).collect(Collectors.joining()) : "";
    }

    private static String properties(Map<?, ?> p, boolean brief) {
        if (p.isEmpty()) return "";
        List<Object> keys = new ArrayList<>();
        NAMING_KEYS.stream().filter(p::containsKey).forEach(keys::add);
        p.keySet().stream().filter(k -> !keys.contains(k)).map(String::valueOf).sorted().forEach(keys::add);
        if (brief && keys.size() > 1) return " {" + entries(p, keys.subList(0, 1), true) + ", …}";
        return " {" + entries(p, keys, brief) + "}";
    }

    private static String entries(Map<?, ?> map, List<?> keys, boolean brief) {
        return keys.stream().map(k -> k + ": " + literal(map.get(k), brief)).collect(Collectors.joining(", "));
    }

    /** Nodes and relationships alternate; the plain form keeps no direction, so links are drawn undirected. */
    private static String path(List<?> nodes, List<?> rels, boolean brief) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0 && i - 1 < rels.size()) s.append('-').append(literal(rels.get(i - 1), brief)).append('-');
            s.append(literal(nodes.get(i), brief));
        }
        return s.toString();
    }
}
