package org.convene.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Finds the one account a user names, by handle or id (with its platform when the name is on several). */
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
        return resolve(handle, null, platform);
    }

    /**
     * The one account named by {@code handle} (any case, a leading @ ignored) or, if that is null, by platform
     * {@code id}; {@code platform} null for any. An ambiguous name is an error that says which option settles it.
     */
    public Ref resolve(String handle, String id, String platform) {
        Map<String, Object> params = new HashMap<>();
        params.put("handle", handle == null ? null : handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
        params.put("id", handle != null || id == null ? null : id.strip());
        params.put("platform", platform == null || platform.isBlank() ? null : platform.strip().toLowerCase(Locale.ROOT));
        String named = handle != null ? "@" + params.get("handle") : "id " + params.get("id");
        List<Record> rows = db.read(FIND, params);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No account " + named
                    + (params.get("platform") == null ? "" : " on " + params.get("platform")) + " in the graph");
        }
        if (rows.size() > 1) {
            List<String> platforms = rows.stream().map(r -> r.get("platform").asString()).toList();
            if (platforms.stream().distinct().count() == rows.size()) {
                throw new IllegalArgumentException(named + " is on several platforms (" + String.join(", ", platforms)
                        + "); choose one with --platform");
            }
            // a handle given up by one account and taken by another: only the id tells them apart
            throw new IllegalArgumentException(named + " names " + rows.size() + " accounts (" + String.join(", ",
                    rows.stream().map(r -> r.get("platform").asString() + " id " + r.get("id").asString()).toList())
                    + "); choose one with --id" + (platforms.stream().distinct().count() > 1 ? " and --platform" : ""));
        }
        Record r = rows.getFirst();
        return new Ref(r.get("platform").asString(), r.get("id").asString(),
                r.get("handle").asString(handle == null ? null : params.get("handle").toString()));
    }

    /** The platforms an account's id is looked up on when the user gives an id alone. */
    public static final List<String> PLATFORMS = List.of("twitter", "mastodon", "bluesky");

    /** How a user sees an account: its handle, or its key (twitter:88, as drawings name it) when the data gave none. */
    public static String name(String platform, String id, String handle) {
        return handle != null ? "@" + handle : platform + ":" + id;
    }

    public static String name(Ref ref) {
        return name(ref.platform(), ref.id(), ref.handle());
    }

    /** The same for a value a query gave as coalesce(handle, platform + ':' + id): handles have no colon. */
    public static String name(String handleOrKey) {
        return handleOrKey.contains(":") ? handleOrKey : "@" + handleOrKey;
    }

    /**
     * Accounts whose handle starts with {@code text} (any case, a leading @ ignored), shortest handles first,
     * at most {@code limit}, after any account without a handle whose id is {@code text}: for a search box that
     * suggests as the user types. Such an account's {@code handle} is null.
     */
    public List<Ref> search(String text, int limit) {
        String prefix = text == null ? "" : text.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || limit < 1) return List.of();
        return db.read(SEARCH, Map.of("prefix", prefix, "limit", limit, "platforms", PLATFORMS)).stream()
                .map(r -> new Ref(r.get("platform").asString(), r.get("id").asString(), r.get("handle").asString(null)))
                .toList();
    }

    public static Map<String, Object> params(Ref ref) {
        return Map.of("platform", ref.platform(), "id", ref.id());
    }
}
