package org.convene.collect;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Loads and saves {@link CollectState} nodes, one per (source, endpoint, tag). */
@Component
class CollectStates {

    private static final String LOAD = CypherScript.query(CollectStates.class, "load-state");
    private static final String SAVE = CypherScript.query(CollectStates.class, "save-state");
    private static final String LIST = CypherScript.query(CollectStates.class, "list-states");

    private final GraphDb db;

    CollectStates(GraphDb db) {
        this.db = db;
    }

    CollectState load(CollectRequest request) {
        var rows = db.read(LOAD, key(request.source(), request.endpoint(), request.tag()));
        if (rows.isEmpty()) return CollectState.fresh(request);
        var r = rows.getFirst();
        return new CollectState(request.source(), request.endpoint(), request.tag(), text(r.get("since")),
                text(r.get("pending")), text(r.get("cursor")), r.get("collected").asLong());
    }

    void save(CollectState s) {
        Map<String, Object> params = new HashMap<>(key(s.source(), s.endpoint(), s.tag()));
        params.put("since", s.since());
        params.put("pending", s.pending());
        params.put("cursor", s.cursor());
        params.put("collected", s.collected());
        db.write(SAVE, params);
    }

    /** Every remembered collection: source, endpoint, tag, since, cursor, collected, updatedAt. */
    List<Map<String, Object>> all() {
        return db.read(LIST).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String k : r.keys()) {
                Value v = r.get(k);
                row.put(k, v.isNull() ? null : k.equals("updatedAt") ? v.asZonedDateTime() : v.asObject());
            }
            return row;
        }).toList();
    }

    private static Map<String, Object> key(String source, String endpoint, String tag) {
        return Map.of("source", source, "endpoint", endpoint, "tag", tag);
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
