package org.convene.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;

/**
 * Keeps cluster ids from one analysis to the next, so that a bookmarked cluster, a note or a researcher's query
 * still means the same people after a small import. Leiden numbers its communities afresh each run; this step
 * runs once they are written to the accounts and before the old Cluster nodes go, and gives a new community the
 * id of the old cluster when they share more than half of each other's members (so at most one match each
 * way). Any other new community whose number an old cluster had gets a number never used before, so an old id
 * never comes back on other people.
 */
final class StableClusterIds implements AnalysisStep {

    private static final int BATCH = 1_000;

    private static String q(String name) {
        return CypherScript.query(StableClusterIds.class, name);
    }

    @Override
    public String name() {
        return "cluster ids";
    }

    @Override
    public String run(AnalysisRun run) {
        GraphDb db = run.db();
        Set<Long> oldIds = new HashSet<>();
        Map<Long, Long> candidates = new HashMap<>(); // new community -> the old cluster most of whose members it holds
        Map<Long, Long> shared = new HashMap<>();
        for (Record r : db.read(q("cluster-overlap"))) {
            long before = r.get("before").asLong();
            oldIds.add(before);
            if (r.get("now").isNull()) continue;
            long now = r.get("now").asLong(), n = r.get("shared").asLong();
            // two old clusters can both sit mostly in one new community (a merge): only the larger share can
            // also be most of the new one
            if (n > shared.getOrDefault(now, 0L)) {
                candidates.put(now, before);
                shared.put(now, n);
            }
        }
        if (oldIds.isEmpty()) return "no earlier clusters: ids as found";
        Map<Long, Long> sizes = sizes(db, new ArrayList<>(candidates.keySet()));
        Map<Long, Long> moves = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (var e : candidates.entrySet()) {
            if (shared.get(e.getKey()) * 2 <= sizes.getOrDefault(e.getKey(), 0L)) continue; // not most of the new one
            kept.add(e.getKey());
            if (!e.getKey().equals(e.getValue())) moves.put(e.getKey(), e.getValue());
        }
        long next = Math.max(db.read(q("max-community")).getFirst().get("id").asLong(),
                oldIds.stream().mapToLong(Long::longValue).max().orElse(-1)) + 1;
        for (var e : sizes(db, new ArrayList<>(oldIds)).entrySet()) {
            if (e.getValue() > 0 && !kept.contains(e.getKey())) moves.put(e.getKey(), next++); // an old number on other people
        }
        List<Map<String, Object>> list = new ArrayList<>();
        moves.forEach((from, to) -> list.add(Map.of("from", from, "to", to)));
        for (int i = 0; i < list.size(); i += BATCH) {
            db.write(q("renumber-communities"), Map.of("moves", list.subList(i, Math.min(list.size(), i + BATCH))));
        }
        if (!list.isEmpty()) db.write(q("unpark-communities"));
        run.figure("clustersKept", kept.size());
        return String.format(Locale.UK, "%,d of %,d earlier clusters kept their ids (most members the same); "
                + "%,d communities renumbered", kept.size(), oldIds.size(), moves.size());
    }

    /** Members of each community id (0 when none). */
    private static Map<Long, Long> sizes(GraphDb db, List<Long> ids) {
        Map<Long, Long> sizes = new HashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            for (Record r : db.read(q("community-sizes"), Map.of("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))))) {
                sizes.put(r.get("id").asLong(), r.get("size").asLong());
            }
        }
        return sizes;
    }
}
