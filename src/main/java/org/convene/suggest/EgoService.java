package org.convene.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * One account's network for a leader: who it reaches in one and two steps over INTERACTS, by role; the roles
 * missing among its direct contacts; its strongest ties; and the contacts who could broker an introduction to
 * accounts of a target role it is not yet tied to.
 */
@Service
public class EgoService {

    private static final String ACCOUNT = CypherScript.query(EgoService.class, "ego-account");
    private static final String FIRST = CypherScript.query(EgoService.class, "ego-first");
    private static final String SECOND = CypherScript.query(EgoService.class, "ego-second");
    private static final String NETWORK = CypherScript.query(EgoService.class, "ego-network");
    private static final String ROLE_MIX = CypherScript.query(EgoService.class, "role-mix");
    private static final String CLUSTER_LABELS = CypherScript.query(EgoService.class, "cluster-labels");
    private static final int TIES_SHOWN = 10;
    private static final int BROKERS_SHOWN = 10;

    private final GraphDb db;

    public EgoService(GraphDb db) {
        this.db = db;
    }

    /** A direct contact: {@code role} is its primary role, {@code roles} all it holds (never empty: unknown). */
    public record Tie(String handle, String role, List<String> roles, double outWeight, double inWeight) {}

    /**
     * A cluster its direct contacts belong to: {@code label} is null for a community too small to be summarised
     * (the Clusters page lists neither); {@code own} for the account's own cluster.
     */
    public record Group(long id, String label, long contacts, boolean own) {}

    /**
     * A direct contact tied to {@code reaches} accounts of the target role that the ego is not tied to, of which
     * it addressed {@code addressed} itself (the rest only addressed it).
     */
    public record Broker(String handle, String role, double tieWeight, int reaches, int addressed, List<String> examples) {}

    /**
     * @param missingRoles    roles none of the direct contacts has (unknown left out)
     * @param reachableMissing of those, the ones found two steps away
     * @param directTargets   direct contacts already of the target role
     * @param groups          the clusters its direct contacts belong to, most contacts first (empty before the
     *                        analysis)
     */
    public record EgoView(String platform, String id, String handle, String role, int firstHop, int secondHop,
                          Map<String, Long> firstByRole, Map<String, Long> secondByRole, List<String> missingRoles,
                          List<String> reachableMissing, List<Tie> strongestTies, String target,
                          List<String> directTargets, List<Broker> brokers, List<Group> groups) {
        /** "@handle", or the key (twitter:88) of an account the data gave no handle (an edge list's). */
        public String name() {
            return org.convene.graph.AccountLookup.name(platform, id, handle);
        }
    }

    public EgoView ego(String platform, String id, String targetRole) {
        Map<String, Object> key = Map.of("platform", platform, "id", id);
        List<Record> me = db.read(ACCOUNT, key);
        if (me.isEmpty()) throw new IllegalArgumentException("No account " + id + " on " + platform);
        String target = targetRole == null ? null : Roles.parse(targetRole);

        List<Tie> ties = new ArrayList<>();
        Map<String, Tie> byHandle = new HashMap<>();
        Map<Long, Long> contactsByCluster = new HashMap<>();
        for (Record r : db.read(FIRST, key)) {
            if (!r.get("community").isNull()) contactsByCluster.merge(r.get("community").asLong(), 1L, Long::sum);
            Tie t = new Tie(r.get("handle").asString(r.get("id").asString()), r.get("role").asString(), roles(r),
                    r.get("outWeight").asNumber().doubleValue(), r.get("inWeight").asNumber().doubleValue());
            ties.add(t);
            byHandle.put(t.handle(), t);
        }
        // every role a contact holds counts, as in suggest and the bridges: a doctor who chairs a board is both
        Map<String, Long> firstByRole = count(ties.stream().map(Tie::roles).toList());
        List<Record> second = db.read(SECOND, key);
        Map<String, Long> secondByRole = count(second.stream().map(EgoService::roles).toList());

        List<String> missing = Roles.KEYS.stream().filter(r -> !r.equals(Roles.UNKNOWN) && !firstByRole.containsKey(r)).toList();
        List<String> reachable = missing.stream().filter(secondByRole::containsKey).toList();
        List<Tie> strongest = ties.stream()
                .sorted(Comparator.comparingDouble((Tie t) -> -(t.outWeight() + t.inWeight())).thenComparing(Tie::handle))
                .limit(TIES_SHOWN).toList();

        List<String> direct = List.of();
        List<Broker> brokers = List.of();
        if (target != null) {
            direct = ties.stream().filter(t -> t.roles().contains(target)).map(Tie::handle).sorted().toList();
            Map<String, List<String>> reached = new TreeMap<>();
            Map<String, Integer> addressed = new HashMap<>();
            for (Record r : second) {
                if (!roles(r).contains(target)) continue;
                String handle = r.get("handle").asString(r.get("id").asString());
                for (String via : r.get("via").asList(Value::asString)) reached.computeIfAbsent(via, v -> new ArrayList<>()).add(handle);
                for (String by : r.get("addressedBy").asList(Value::asString)) addressed.merge(by, 1, Integer::sum);
            }
            // a broker who addressed the accounts itself knows them; one they only addressed may not
            brokers = reached.entrySet().stream().map(e -> {
                Tie t = byHandle.get(e.getKey());
                List<String> examples = e.getValue().stream().sorted().limit(5).toList();
                return new Broker(e.getKey(), t == null ? Roles.UNKNOWN : t.role(),
                        t == null ? 0 : t.outWeight() + t.inWeight(), e.getValue().size(),
                        addressed.getOrDefault(e.getKey(), 0), examples);
            }).sorted(Comparator.comparingInt((Broker b) -> -b.addressed()).thenComparingInt(b -> -b.reaches())
                    .thenComparingDouble(b -> -b.tieWeight()).thenComparing(Broker::handle)).limit(BROKERS_SHOWN).toList();
        }
        Record m = me.getFirst();
        Long own = m.get("community").isNull() ? null : m.get("community").asLong();
        return new EgoView(platform, id, m.get("handle").asString(null), m.get("role").asString(), ties.size(), second.size(),
                firstByRole, secondByRole, missing, reachable, strongest, target, direct, brokers,
                groups(contactsByCluster, own));
    }

    private List<Group> groups(Map<Long, Long> contactsByCluster, Long own) {
        if (contactsByCluster.isEmpty()) return List.of();
        Map<Long, String> labels = new HashMap<>();
        db.read(CLUSTER_LABELS, Map.of("ids", List.copyOf(contactsByCluster.keySet())))
                .forEach(r -> labels.put(r.get("id").asLong(), r.get("label").asString()));
        return contactsByCluster.entrySet().stream()
                .map(e -> new Group(e.getKey(), labels.get(e.getKey()), e.getValue(), e.getKey().equals(own)))
                .sorted(Comparator.comparingLong((Group g) -> -g.contacts()).thenComparingLong(Group::id)).toList();
    }

    /** An account drawn in an ego network; {@code weight} is its tie to the centre (each way), null for the centre. */
    public record Member(String key, String handle, String role, boolean centre, Double weight) {}

    public record Link(String source, String target, double weight) {}

    /** The account, its strongest direct contacts and the interactions among them all. */
    public record EgoNetwork(List<Member> members, List<Link> links) {}

    /** A role the account's direct contacts lack, with its share of the accounts it is compared with. */
    public record Gap(String role, long accounts, double share) {}

    /**
     * The account and at most {@code limit} direct contacts, strongest ties first, with the interactions among
     * them; keys are {@code platform:id}.
     */
    public EgoNetwork network(String platform, String id, int limit) {
        List<Member> members = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Record r : db.read(NETWORK, Map.of("platform", platform, "id", id, "limit", limit))) {
            String key = r.get("key").asString();
            members.add(new Member(key, r.get("handle").asString(null), r.get("role").asString(),
                    r.get("centre").asBoolean(), r.get("weight").isNull() ? null : r.get("weight").asNumber().doubleValue()));
            for (Value t : r.get("ties").values()) {
                links.add(new Link(key, t.get("target").asString(), t.get("weight").asNumber().doubleValue()));
            }
        }
        if (members.isEmpty()) throw new IllegalArgumentException("No account " + id + " on " + platform);
        return new EgoNetwork(members, links);
    }

    /** Accounts by primary role among those who posted in a chat, or in the whole graph when {@code chat} is null. */
    public Map<String, Long> roleMix(String chat) {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("chat", chat == null || chat.isBlank() ? null : SuggestService.tag(chat));
        Map<String, Long> mix = new LinkedHashMap<>();
        for (Record r : db.read(ROLE_MIX, params)) mix.put(r.get("role").asString(), r.get("accounts").asLong());
        return mix;
    }

    /**
     * The roles present in {@code mix} (unknown left out) that none of the account's direct contacts holds,
     * the most common in the mix first.
     */
    public static List<Gap> gaps(EgoView view, Map<String, Long> mix) {
        long total = mix.values().stream().mapToLong(Long::longValue).sum();
        return mix.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !e.getKey().equals(Roles.UNKNOWN) && !view.firstByRole().containsKey(e.getKey()))
                .map(e -> new Gap(e.getKey(), e.getValue(), (double) e.getValue() / total))
                .sorted(Comparator.comparingLong((Gap g) -> -g.accounts()).thenComparing(Gap::role))
                .toList();
    }

    /** All roles of a row's account; unknown when it has none. */
    private static List<String> roles(Record r) {
        List<String> roles = r.get("roles").asList(Value::asString);
        return roles.isEmpty() ? List.of(Roles.UNKNOWN) : roles;
    }

    /** Accounts per role, each counted under every role it holds. */
    private static Map<String, Long> count(List<List<String>> roles) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Roles.KEYS.forEach(k -> {
            long n = roles.stream().filter(held -> held.contains(k)).count();
            if (n > 0) counts.put(k, n);
        });
        return counts;
    }
}
