package org.convene.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Turns driver values into plain maps, lists, strings and numbers, ready for a table or JSON; and counts into words. */
public final class ValueFormat {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private ValueFormat() {}

    /** "1 post", "2 posts", "1,234 posts": a count with its noun, plural unless one. */
    public static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    /** A count with its noun, for nouns whose plural is not one + "s" ("1 row was", "2 rows were"). */
    public static String count(long n, String one, String many) {
        return String.format(java.util.Locale.UK, "%,d %s", n, n == 1 ? one : many);
    }

    /** "@a, @b and 3 more": the first {@code shown} of {@code items}, and how many were left out. */
    public static String someOf(java.util.List<String> items, int shown) {
        String first = String.join(", ", items.subList(0, Math.min(shown, items.size())));
        return items.size() > shown ? first + " and " + (items.size() - shown) + " more" : first;
    }

    public static Object plain(Value value) {
        if (value == null || value.isNull()) return null;
        if (value.hasType(TYPES.NODE())) return node(value.asNode());
        if (value.hasType(TYPES.RELATIONSHIP())) return relationship(value.asRelationship());
        if (value.hasType(TYPES.PATH())) return path(value.asPath());
        if (value.hasType(TYPES.LIST())) return value.asList(ValueFormat::plain);
        if (value.hasType(TYPES.MAP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : value.keys()) map.put(key, plain(value.get(key)));
            return map;
        }
        if (value.hasType(TYPES.DATE_TIME()) || value.hasType(TYPES.DATE()) || value.hasType(TYPES.TIME())
                || value.hasType(TYPES.LOCAL_DATE_TIME()) || value.hasType(TYPES.LOCAL_TIME())
                || value.hasType(TYPES.DURATION()) || value.hasType(TYPES.POINT())) {
            return value.toString().replace("\"", "");
        }
        return value.asObject();
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("labels", java.util.stream.StreamSupport.stream(node.labels().spliterator(), false).toList());
        map.put("properties", properties(node.asMap(v -> v)));
        return map;
    }

    private static Map<String, Object> relationship(Relationship rel) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", rel.type());
        map.put("properties", properties(rel.asMap(v -> v)));
        return map;
    }

    private static Map<String, Object> path(Path path) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nodes", java.util.stream.StreamSupport.stream(path.nodes().spliterator(), false)
                .map(ValueFormat::node).toList());
        map.put("relationships", java.util.stream.StreamSupport.stream(path.relationships().spliterator(), false)
                .map(ValueFormat::relationship).toList());
        return map;
    }

    private static Map<String, Object> properties(Map<String, Value> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k, plain(v)));
        return map;
    }
}
