package org.convene.network;

import org.convene.graph.AccountLookup;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** The account network as the UI draws it, and the headline figures around it. */
@Service
public class NetworkService {

    private static final String ACCOUNTS = CypherScript.query(NetworkService.class, "network-accounts");
    private static final String EDGES = CypherScript.query(NetworkService.class, "network-edges");
    private static final String COUNTS = CypherScript.query(NetworkService.class, "overview-counts");
    private static final String TIES = CypherScript.query(NetworkService.class, "ties");
    private static final String TIES_OF = CypherScript.query(NetworkService.class, "ties-of");
    private static final String ACCOUNTS_OF = CypherScript.query(NetworkService.class, "accounts-of");
    private static final String DETAILS = CypherScript.query(NetworkService.class, "account-details");
    private static final String FIND_HANDLE = CypherScript.query(NetworkService.class, "find-handle");
    private static final String FIND_ID = CypherScript.query(NetworkService.class, "find-id");
    private static final String CLUSTERS = CypherScript.query(NetworkService.class, "clusters");
    private static final String CHATS = CypherScript.query(NetworkService.class, "chats");

    /** Accounts that posted in several followed chats, and those only mentioned, get their own colours. */
    public static final String BOTH = "several chats";
    public static final String NONE = "mentioned only";

    private final GraphDb db;

    public NetworkService(GraphDb db) {
        this.db = db;
    }

    public record Node(String key, String handle, String group, double degree) {}

    public record Edge(String source, String target, double weight) {}

    public record Group(String name, long count) {}

    public record Network(List<Node> nodes, List<Edge> edges, List<Group> groups) {}

    public record Counts(long accounts, long posts, long hashtags, long chats, long interactions,
                         List<String> chatTags, ZonedDateTime first, ZonedDateTime last) {}

    public Network network() {
        List<Node> nodes = new ArrayList<>();
        Map<String, Long> groupCounts = new java.util.TreeMap<>();
        for (Record r : db.read(ACCOUNTS)) {
            List<String> chats = r.get("chats").asList(v -> v.asString());
            String group = chats.isEmpty() ? NONE : chats.size() > 1 ? BOTH : "#" + chats.getFirst();
            groupCounts.merge(group, 1L, Long::sum);
            nodes.add(new Node(r.get("key").asString(), r.get("handle").asString(null), group,
                    r.get("degree").asNumber().doubleValue()));
        }
        List<Edge> edges = db.read(EDGES).stream()
                .map(r -> new Edge(r.get("source").asString(), r.get("target").asString(),
                        r.get("weight").asNumber().doubleValue()))
                .toList();
        List<Group> groups = groupCounts.entrySet().stream()
                .sorted((a, b) -> order(a.getKey()) != order(b.getKey())
                        ? Integer.compare(order(a.getKey()), order(b.getKey())) : a.getKey().compareTo(b.getKey()))
                .map(e -> new Group(e.getKey(), e.getValue())).toList();
        return new Network(nodes, edges, groups);
    }

    /** Chats first, then accounts in several chats, then the mentioned-only crowd. */
    private static int order(String group) {
        return group.equals(NONE) ? 2 : group.equals(BOTH) ? 1 : 0;
    }

    public Counts counts() {
        Record r = db.read(COUNTS).getFirst();
        return new Counts(r.get("accounts").asLong(), r.get("posts").asLong(), r.get("hashtags").asLong(),
                r.get("chats").asLong(), r.get("interactions").asLong(), r.get("chatTags").asList(v -> v.asString()),
                r.get("first").isNull() ? null : r.get("first").asZonedDateTime(),
                r.get("last").isNull() ? null : r.get("last").asZonedDateTime());
    }

    /**
     * The accounts and ties {@code filter} selects; when it selects more than {@code maxAccounts} accounts,
     * the most influential (PageRank, then interaction weight) and the ties among them.
     */
    public Selection select(NetworkFilter filter, int maxAccounts) {
        List<Selection.Tie> ties = ties(TIES, params(filter));
        Map<String, Long> strength = new HashMap<>();
        for (Selection.Tie t : ties) {
            strength.merge(t.source(), t.weight(), Long::sum);
            strength.merge(t.target(), t.weight(), Long::sum);
        }
        List<Selection.Account> accounts = accounts(strength.keySet());
        int selected = accounts.size();
        if (selected > maxAccounts) {
            accounts = accounts.stream()
                    .sorted(Comparator.comparingDouble(Selection.Account::pagerank).reversed()
                            .thenComparing(a -> -strength.get(a.key())).thenComparing(Selection.Account::key))
                    .limit(maxAccounts).toList();
            Set<String> kept = new java.util.HashSet<>();
            accounts.forEach(a -> kept.add(a.key()));
            ties = ties.stream().filter(t -> kept.contains(t.source()) && kept.contains(t.target())).toList();
        }
        return new Selection(accounts, ties, selected);
    }

    /** One account's ties under the filter's kinds, weight, chat and period, ignoring its role and cluster. */
    public Selection neighbours(String key, NetworkFilter filter) {
        Map<String, Object> params = params(filter);
        params.putAll(split(key));
        List<Selection.Tie> ties = ties(TIES_OF, params);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        ties.forEach(t -> {
            keys.add(t.source());
            keys.add(t.target());
        });
        List<Selection.Account> accounts = accounts(keys);
        return new Selection(accounts, ties, accounts.size());
    }

    public List<Selection.Account> accounts(Collection<String> keys) {
        List<Map<String, Object>> rows = keys.stream().map(NetworkService::split).toList();
        List<Selection.Account> accounts = new ArrayList<>();
        for (Record r : db.read(ACCOUNTS_OF, Map.of("keys", rows))) {
            accounts.add(new Selection.Account(r.get("key").asString(), r.get("handle").asString(null),
                    r.get("role").asString(), r.get("community").isNull() ? null : r.get("community").asLong(),
                    r.get("cluster").asString(null), r.get("pagerank").asDouble(0)));
        }
        return accounts;
    }

    /**
     * The key of the account with this handle (any case, a leading @ ignored), or else of the account without
     * a handle named by its key ({@code twitter:88}) or id ({@code 88}), if there is one.
     */
    public Optional<String> findHandle(String handle) {
        String h = handle == null ? "" : handle.strip().replaceFirst("^@", "");
        if (h.isEmpty()) return Optional.empty();
        Optional<String> byHandle = db.read(FIND_HANDLE, Map.of("handle", h)).stream().map(r -> r.get("key").asString()).findFirst();
        if (byHandle.isPresent()) return byHandle;
        // an account without a handle (an edge list's) by the name the drawing gives it, twitter:88, or its id alone
        int colon = h.indexOf(':');
        boolean keyed = colon > 0 && AccountLookup.PLATFORMS.contains(h.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> params = new HashMap<>();
        params.put("platforms", keyed ? List.of(h.substring(0, colon).toLowerCase(java.util.Locale.ROOT)) : AccountLookup.PLATFORMS);
        params.put("id", keyed ? h.substring(colon + 1) : h);
        return db.read(FIND_ID, params).stream().map(r -> r.get("key").asString()).findFirst();
    }

    public Optional<AccountDetails> details(String key) {
        List<Record> rows = db.read(DETAILS, split(key));
        if (rows.isEmpty()) return Optional.empty();
        Record r = rows.getFirst();
        List<AccountDetails.Neighbours> neighbours = r.get("neighbours").asList(n -> new AccountDetails.Neighbours(
                n.get("role").asString(), n.get("count").asLong(), n.get("handles").asList(v -> v.asString(""))));
        List<AccountDetails.RecentPost> posts = r.get("posts").asList(p -> new AccountDetails.RecentPost(
                p.get("text").asString(""), p.get("at").isNull() ? null : p.get("at").asZonedDateTime()));
        return Optional.of(new AccountDetails(key, r.get("handle").asString(null), r.get("name").asString(null),
                r.get("bio").asString(null), r.get("location").asString(null), longOrNull(r.get("followers")),
                r.get("url").asString(null), doubleOrNull(r.get("pagerank")), doubleOrNull(r.get("betweenness")),
                longOrNull(r.get("brokerage")), doubleOrNull(r.get("roleDiversity")), longOrNull(r.get("community")),
                longOrNull(r.get("clusterId")), r.get("cluster").asString(null), neighbours, posts));
    }

    public record ClusterChoice(long id, String label, long size) {}

    public List<ClusterChoice> clusters() {
        return db.read(CLUSTERS).stream().map(r -> new ClusterChoice(r.get("id").asLong(),
                r.get("label").asString(""), r.get("size").asLong(0))).toList();
    }

    public List<String> chats() {
        return db.read(CHATS).stream().map(r -> r.get("tag").asString()).toList();
    }

    private List<Selection.Tie> ties(String query, Map<String, Object> params) {
        return db.read(query, params).stream().map(r -> new Selection.Tie(r.get("source").asString(),
                r.get("target").asString(), r.get("replies").asLong(), r.get("mentions").asLong(),
                r.get("retweets").asLong(), r.get("quotes").asLong(), r.get("weight").asLong())).toList();
    }

    private static Map<String, Object> params(NetworkFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("types", List.copyOf(f.types()));
        p.put("minWeight", f.minWeight());
        p.put("chat", f.chat());
        p.put("from", startOf(f.from()));
        p.put("to", f.to() == null ? null : startOf(f.to().plusDays(1)));
        p.put("role", f.role());
        p.put("roleContacts", f.roleContacts());
        p.put("cluster", f.cluster());
        return p;
    }

    private static ZonedDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC);
    }

    /** "platform:id" into its parts; ids may hold colons (Bluesky DIDs), platforms do not. */
    static Map<String, Object> split(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException("not an account key: " + key);
        return new HashMap<>(Map.of("platform", key.substring(0, colon), "id", key.substring(colon + 1)));
    }

    private static Long longOrNull(Value v) {
        return v.isNull() ? null : v.asNumber().longValue();
    }

    private static Double doubleOrNull(Value v) {
        return v.isNull() ? null : v.asNumber().doubleValue();
    }
}
