package org.convene.bridges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.roles.Role;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Who connects two role groups, with the evidence, and which clusters of one role link to clusters of the
 * other. Role keys are checked against {@link Role} first, so a wrong one gets a plain message naming the valid
 * keys; the query runs with them as parameters.
 */
@Service
public class BridgeQueries {

    /** The documented library query, so the view and researchers see the same ranking. */
    private static final String BETWEEN_ROLES =
            CypherScript.statements("cypher/library/bridges-between-roles.cypher").getFirst();
    private static final String CLUSTER_BRIDGES = CypherScript.query(BridgeQueries.class, "cluster-bridges");

    private final GraphDb db;

    public BridgeQueries(GraphDb db) {
        this.db = db;
    }

    /** The roles one can pick: the role dictionary's, without 'unknown'. */
    public static List<Role> roles() {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.UNKNOWN).toList();
    }

    /**
     * The accounts that link most pairs of an account of role A and one of role B, most first.
     *
     * @throws IllegalArgumentException for a role key that is not in the dictionary
     */
    public List<RoleBridge> between(String roleA, String roleB, int limit) {
        return between(roleA, roleB, null, limit);
    }

    /** The same among the accounts that posted with the hashtag {@code chat} (any account when null). */
    public List<RoleBridge> between(String roleA, String roleB, String chat, int limit) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("roleA", key(roleA), "roleB", key(roleB), "limit", limit));
        params.put("chat", chat == null || chat.isBlank() ? null : org.convene.ingest.Chats.tag(chat));
        return db.read(BETWEEN_ROLES, params).stream().map(BridgeQueries::bridge).toList();
    }

    /** Linked clusters, one side with role A members and the other with role B, strongest link first. */
    public List<ClusterBridge> clusterBridges(String roleA, String roleB, int limit) {
        Map<String, Object> params = Map.of("roleA", key(roleA), "roleB", key(roleB), "limit", limit);
        return db.read(CLUSTER_BRIDGES, params).stream().map(r -> new ClusterBridge(
                r.get("fromId").asLong(), r.get("fromLabel").asString(null), r.get("fromSize").asLong(),
                counts(r.get("fromRoles")), r.get("toId").asLong(), r.get("toLabel").asString(null),
                r.get("toSize").asLong(), counts(r.get("toRoles")), r.get("weight").asNumber().doubleValue(),
                r.get("accounts").asList(Value::asString), r.get("linkers").asLong())).toList();
    }

    private static String key(String role) {
        String valid = String.join(", ", roles().stream().map(Role::key).toList());
        Role r;
        try {
            r = Role.of(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + role + "' (valid: " + valid + ")");
        }
        if (r == Role.UNKNOWN) throw new IllegalArgumentException("pick a known role (valid: " + valid + ")");
        return r.key();
    }

    private static Map<String, Long> counts(Value list) {
        Map<String, Long> m = new LinkedHashMap<>();
        list.asList(v -> v).forEach(v -> m.put(v.get("role").asString(), v.get("n").asLong()));
        return m;
    }

    private static RoleBridge bridge(Record r) {
        return new RoleBridge(r.get("bridge").asString(null), r.get("role").asString(), r.get("paths").asLong(),
                r.get("roleAPartners").asLong(), r.get("roleBPartners").asLong(), r.get("brokerage").asLong(0),
                r.get("roleDiversity").asDouble(0), r.get("knownPartners").asLong(0), r.get("clusterReach").asLong(0),
                r.get("community").isNull() ? null : r.get("community").asLong(),
                partners(r.get("evidenceA")), partners(r.get("evidenceB")));
    }

    private static List<RoleBridge.Partner> partners(Value list) {
        return list.asList(v -> new RoleBridge.Partner(v.get("handle").asString(null), v.get("role").asString("unknown"),
                v.get("weight").asNumber().doubleValue(), v.get("posts").asList(p -> new RoleBridge.Post(
                        p.get("post").asString(null), p.get("at").isNull() ? null : p.get("at").asObject().toString(),
                        p.get("text").asString(null)))));
    }
}
