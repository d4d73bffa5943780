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
    private static final int TIES_SHOWN = 10;
    private static final int BROKERS_SHOWN = 10;

    private final GraphDb db;

    public EgoService(GraphDb db) {
        this.db = db;
    }

    public record Tie(String handle, String role, double outWeight, double inWeight) {}

    /** A direct contact tied to {@code reaches} accounts of the target role that the ego is not tied to. */
    public record Broker(String handle, String role, double tieWeight, int reaches, List<String> examples) {}

    /**
     * @param missingRoles    roles none of the direct contacts has (unknown left out)
     * @param reachableMissing of those, the ones found two steps away
     * @param directTargets   direct contacts already of the target role
     */
    public record EgoView(String platform, String id, String handle, String role, int firstHop, int secondHop,
                          Map<String, Long> firstByRole, Map<String, Long> secondByRole, List<String> missingRoles,
                          List<String> reachableMissing, List<Tie> strongestTies, String target,
                          List<String> directTargets, List<Broker> brokers) {}

    public EgoView ego(String platform, String id, String targetRole) {
        Map<String, Object> key = Map.of("platform", platform, "id", id);
        List<Record> me = db.read(ACCOUNT, key);
        if (me.isEmpty()) throw new IllegalArgumentException("No account " + id + " on " + platform);
        String target = targetRole == null ? null : Roles.parse(targetRole);

        List<Tie> ties = new ArrayList<>();
        Map<String, Tie> byHandle = new HashMap<>();
        for (Record r : db.read(FIRST, key)) {
            Tie t = new Tie(r.get("handle").asString(r.get("id").asString()), r.get("role").asString(),
                    r.get("outWeight").asNumber().doubleValue(), r.get("inWeight").asNumber().doubleValue());
            ties.add(t);
            byHandle.put(t.handle(), t);
        }
        Map<String, Long> firstByRole = count(ties.stream().map(Tie::role).toList());
        List<Record> second = db.read(SECOND, key);
        Map<String, Long> secondByRole = count(second.stream().map(r -> r.get("role").asString()).toList());

        List<String> missing = Roles.KEYS.stream().filter(r -> !r.equals(Roles.UNKNOWN) && !firstByRole.containsKey(r)).toList();
        List<String> reachable = missing.stream().filter(secondByRole::containsKey).toList();
        List<Tie> strongest = ties.stream()
                .sorted(Comparator.comparingDouble((Tie t) -> -(t.outWeight() + t.inWeight())).thenComparing(Tie::handle))
                .limit(TIES_SHOWN).toList();

        List<String> direct = List.of();
        List<Broker> brokers = List.of();
        if (target != null) {
            direct = ties.stream().filter(t -> t.role().equals(target)).map(Tie::handle).sorted().toList();
            Map<String, List<String>> reached = new TreeMap<>();
            for (Record r : second) {
                if (!r.get("role").asString().equals(target)) continue;
                String handle = r.get("handle").asString(r.get("id").asString());
                for (String via : r.get("via").asList(Value::asString)) reached.computeIfAbsent(via, v -> new ArrayList<>()).add(handle);
            }
            brokers = reached.entrySet().stream().map(e -> {
                Tie t = byHandle.get(e.getKey());
                List<String> examples = e.getValue().stream().sorted().limit(5).toList();
                return new Broker(e.getKey(), t == null ? Roles.UNKNOWN : t.role(),
                        t == null ? 0 : t.outWeight() + t.inWeight(), e.getValue().size(), examples);
            }).sorted(Comparator.comparingInt((Broker b) -> -b.reaches()).thenComparingDouble(b -> -b.tieWeight())
                    .thenComparing(Broker::handle)).limit(BROKERS_SHOWN).toList();
        }
        Record m = me.getFirst();
        return new EgoView(platform, id, m.get("handle").asString(id), m.get("role").asString(), ties.size(), second.size(),
                firstByRole, secondByRole, missing, reachable, strongest, target, direct, brokers);
    }

    private static Map<String, Long> count(List<String> roles) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Roles.KEYS.forEach(k -> {
            long n = roles.stream().filter(k::equals).count();
            if (n > 0) counts.put(k, n);
        });
        return counts;
    }
}
