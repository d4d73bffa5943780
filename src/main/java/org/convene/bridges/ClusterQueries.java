package org.convene.bridges;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** The clusters of the last analysis, filtered and sorted for the Clusters view. */
@Service
public class ClusterQueries {

    private static final String CLUSTERS = CypherScript.query(ClusterQueries.class, "clusters");
    private static final String COUNT = CypherScript.query(ClusterQueries.class, "clusters-count");
    private static final String STATE = CypherScript.query(ClusterQueries.class, "analysis-state");

    /** How the list is ordered; {@code key} is what the query and the page's URL carry. */
    public enum Sort {
        SIZE("size", "Size"), BRIDGING("bridging", "Role span (bridging score)"),
        LINKS("links", "Interactions with other clusters"), DENSITY("density", "Density");

        private final String key;
        private final String title;

        Sort(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        /** The sort with this key; size for anything else. */
        public static Sort of(String key) {
            for (Sort s : values()) if (s.key.equalsIgnoreCase(key == null ? "" : key.strip())) return s;
            return SIZE;
        }
    }

    /** Whether an analysis has run ({@code at} null when not) and how many clusters it left. */
    /** @param correctedSince role corrections made after the analysis, which its clusters' role mix does not count */
    public record State(String at, long clusters, long correctedSince) {
        public boolean analysed() {
            return at != null;
        }
    }

    private final GraphDb db;

    public ClusterQueries(GraphDb db) {
        this.db = db;
    }

    public State state() {
        Record r = db.read(STATE).getFirst();
        return new State(r.get("at").isNull() ? null : r.get("at").asString(), r.get("clusters").asLong(),
                r.get("correctedSince").asLong());
    }

    /**
     * A page of the clusters of at least {@code minSize} members that have a member of primary role {@code role}
     * (null or blank: any) and whose label, top accounts or top hashtags contain {@code search} (any case, a
     * leading # or @ ignored; null or blank: any), ordered by {@code sort}: {@code limit} after the first {@code skip}.
     */
    public List<ClusterSummary> clusters(long minSize, String role, String search, Sort sort, int skip, int limit) {
        return clusters(minSize, role, search, null, sort, skip, limit);
    }

    /** The same, only clusters with a member who posted with the hashtag {@code chat} (null or blank: any). */
    public List<ClusterSummary> clusters(long minSize, String role, String search, String chat, Sort sort, int skip, int limit) {
        return query(null, minSize, role, search, chat, sort, skip, limit);
    }

    /** How many clusters {@link #clusters} pages through with these filters. */
    public long count(long minSize, String role, String search) {
        return count(minSize, role, search, null);
    }

    public long count(long minSize, String role, String search, String chat) {
        return db.read(COUNT, filter(minSize, role, search, chat)).getFirst().get("n").asLong();
    }

    /** One cluster by the id the analysis stored, whatever the filters. */
    public Optional<ClusterSummary> cluster(long id) {
        return query(id, 0, null, null, null, Sort.SIZE, 0, 1).stream().findFirst();
    }

    /** A search as the queries compare it: lower case, without a leading # or @; null for none. */
    static String searchKey(String search) {
        if (search == null) return null;
        String s = search.strip().replaceFirst("^[#@]+", "").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    private static Map<String, Object> filter(long minSize, String role, String search, String chat) {
        Map<String, Object> params = new HashMap<>();
        params.put("chat", chat == null || chat.isBlank() ? null : org.convene.ingest.Chats.tag(chat));
        params.put("minSize", minSize);
        params.put("role", role == null || role.isBlank() ? null : role.strip().toLowerCase(Locale.ROOT));
        params.put("q", searchKey(search));
        params.put("exact", search != null && search.strip().startsWith("@"));
        params.put("platforms", org.convene.graph.AccountLookup.PLATFORMS);
        // a plain number is a cluster id, as the cards show it ("7" would otherwise match every handle with a 7)
        params.put("qId", search != null && search.strip().matches("\\d{1,18}") ? Long.valueOf(search.strip()) : null);
        return params;
    }

    private List<ClusterSummary> query(Long id, long minSize, String role, String search, String chat, Sort sort,
                                       int skip, int limit) {
        Map<String, Object> params = filter(minSize, role, search, chat);
        params.put("id", id);
        params.put("sort", sort.key());
        params.put("skip", Math.max(0, skip));
        params.put("limit", limit);
        return db.read(CLUSTERS, params).stream().map(ClusterQueries::summary).toList();
    }

    private static ClusterSummary summary(Record r) {
        List<String> roles = r.get("roles").asList(Value::asString, List.of());
        List<Long> counts = r.get("roleCounts").asList(Value::asLong, List.of());
        List<ClusterSummary.RoleCount> mix = new java.util.ArrayList<>();
        for (int i = 0; i < roles.size() && i < counts.size(); i++) mix.add(new ClusterSummary.RoleCount(roles.get(i), counts.get(i)));
        List<ClusterSummary.Link> links = r.get("links").asList(v -> new ClusterSummary.Link(v.get("id").asLong(),
                v.get("label").asString(null), mainRole(v.get("roles").asList(Value::asString, List.of())),
                v.get("weight").asNumber().doubleValue(), v.get("accounts").asList(Value::asString, List.of()),
                v.get("linkers").asLong(0)));
        List<ClusterSummary.Broker> brokers = r.get("brokers").asList(v -> new ClusterSummary.Broker(
                v.get("handle").asString(), v.get("role").asString(), v.get("brokerage").asLong()));
        return new ClusterSummary(r.get("id").asLong(), r.get("size").asLong(),
                r.get("label").asString("cluster " + r.get("id").asLong()), r.get("labelReason").asString(""), mix,
                r.get("topAccounts").asList(Value::asString), r.get("topHashtags").asList(Value::asString),
                r.get("topWords").asList(Value::asString), r.get("density").asDouble(0),
                r.get("spans").asList(Value::asString), r.get("bridging").asNumber().doubleValue(), links,
                r.get("linked").asLong(), r.get("across").asNumber().doubleValue(), brokers);
    }

    /** A cluster's roles come most common first: the first known one is its main role. */
    private static String mainRole(List<String> roles) {
        return roles.stream().filter(x -> !x.equals("unknown")).findFirst().orElse("unknown");
    }
}
