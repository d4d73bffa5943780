package org.convene.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Finds the one account a user names by handle (with its platform when the handle exists on several). */
@Component
public class AccountLookup {

    private static final String FIND = CypherScript.query(AccountLookup.class, "find-account");

    public record Ref(String platform, String id, String handle) {}

    private final GraphDb db;

    public AccountLookup(GraphDb db) {
        this.db = db;
    }

    public Ref byHandle(String handle, String platform) {
        String h = handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("handle", h);
        params.put("platform", platform);
        List<Record> rows = db.read(FIND, params);
        if (rows.isEmpty()) throw new IllegalArgumentException("No account @" + h
                + (platform == null ? "" : " on " + platform) + " in the graph");
        if (rows.size() > 1) {
            throw new IllegalArgumentException("@" + h + " is on several platforms ("
                    + String.join(", ", rows.stream().map(r -> r.get("platform").asString()).toList())
                    + "); choose one with --platform");
        }
        Record r = rows.getFirst();
        return new Ref(r.get("platform").asString(), r.get("id").asString(), r.get("handle").asString(h));
    }

    static Map<String, Object> params(Ref ref) {
        return Map.of("platform", ref.platform(), "id", ref.id());
    }
}
