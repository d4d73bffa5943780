package org.convene.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.convene.roles.RoleService.AccountRef;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The review queue of the Roles view: accounts whose roles the rules are unsure of (unknown, not labelled,
 * or a primary role below {@link #LOW_CONFIDENCE}), read a page at a time, and bulk corrections of them
 * through {@link RoleService#correct}. A corrected account leaves the queue. Filter text is a parameter.
 */
@Service
public class RoleReview {

    /** A primary role the rules gave with less confidence than this is worth a person's look. */
    public static final double LOW_CONFIDENCE = 0.7;

    private static final String QUEUE = CypherScript.query(RoleReview.class, "review-queue");
    private static final String COUNT = CypherScript.query(RoleReview.class, "review-count");
    private static final String ROLES = CypherScript.query(RoleReview.class, "account-roles");

    /** Which accounts the queue lists: those to review, those a person corrected, or all. */
    public enum Scope { REVIEW, CORRECTED, ALL }

    /** Columns the queue can be sorted by. */
    public enum Sort { HANDLE, ROLE, CONFIDENCE, FOLLOWERS }

    /** One account in the queue: what the rules propose, how sure they are, and why. */
    public record Item(String platform, String id, String handle, String name, String bio, List<String> roles,
                       double confidence, List<String> evidence, Long followers) {

        public AccountRef ref() {
            return new AccountRef(platform, id, handle);
        }
    }

    /** What a bulk correction did: corrections stored, and accounts whose roles are now different. */
    public record BulkResult(int stored, int changed) {}

    private final GraphDb db;
    private final RoleService roles;

    public RoleReview(GraphDb db, RoleService roles) {
        this.db = db;
        this.roles = roles;
    }

    public long count(String filter) {
        return count(Scope.REVIEW, filter);
    }

    public long count(Scope scope, String filter) {
        return db.read(COUNT, params(scope, filter)).getFirst().get("accounts").asLong();
    }

    public List<Item> page(String filter, Sort sort, boolean ascending, int offset, int limit) {
        return page(Scope.REVIEW, filter, sort, ascending, offset, limit);
    }

    public List<Item> page(Scope scope, String filter, Sort sort, boolean ascending, int offset, int limit) {
        Map<String, Object> params = params(scope, filter);
        params.put("sort", sort.name().toLowerCase(Locale.ROOT));
        params.put("ascending", ascending);
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(0, limit));
        return db.read(QUEUE, params).stream().map(RoleReview::item).toList();
    }

    /** Gives each account these roles (primary first) as a person's correction. */
    public BulkResult correctAll(List<AccountRef> accounts, List<String> keys, String primary, String who) {
        List<String> wanted = RoleCorrection.parseRoles(String.join(",", keys), primary).stream().map(Role::key).toList();
        Map<String, List<String>> before = rolesOf(accounts);
        int stored = 0;
        int changed = 0;
        for (AccountRef a : accounts) {
            roles.correct(a.platform(), a.id(), wanted, primary, who);
            stored++;
            if (!wanted.equals(before.get(a.platform() + ":" + a.id()))) changed++;
        }
        return new BulkResult(stored, changed);
    }

    private Map<String, List<String>> rolesOf(List<AccountRef> accounts) {
        List<Map<String, Object>> refs = accounts.stream()
                .map(a -> Map.<String, Object>of("platform", a.platform(), "id", a.id())).toList();
        Map<String, List<String>> result = new HashMap<>();
        for (Record r : db.read(ROLES, Map.of("accounts", refs))) {
            result.put(r.get("platform").asString() + ":" + r.get("id").asString(), r.get("roles").asList(Value::asString));
        }
        return result;
    }

    private static Map<String, Object> params(Scope scope, String filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope.name().toLowerCase(Locale.ROOT));
        params.put("filter", filter == null ? "" : filter.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
        params.put("below", LOW_CONFIDENCE);
        return params;
    }

    private static Item item(Record r) {
        return new Item(r.get("platform").asString(), r.get("id").asString(), r.get("handle").asString(null),
                r.get("name").asString(null), r.get("bio").asString(null), r.get("roles").asList(Value::asString),
                r.get("confidence").asDouble(), new ArrayList<>(r.get("evidence").asList(Value::asString)),
                r.get("followers").isNull() ? null : r.get("followers").asLong());
    }
}
