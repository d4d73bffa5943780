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
    private static final String SEARCH = CypherScript.query(AccountLookup.class, "search-accounts");

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

    /**
     * Accounts whose handle starts with {@code text} (any case, a leading @ ignored), shortest handles first,
     * at most {@code limit}: for a search box that suggests as the user types.
     */
    public List<Ref> search(String text, int limit) {
        String prefix = text == null ? "" : text.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || limit < 1) return List.of();
        return db.read(SEARCH, Map.of("prefix", prefix, "limit", limit)).stream()
                .map(r -> new Ref(r.get("platform").asString(), r.get("id").asString(), r.get("handle").asString(r.get("id").asString())))
                .toList();
    }

    static Map<String, Object> params(Ref ref) {
        return Map.of("platform", ref.platform(), "id", ref.id());
    }
}
