package org.convene.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns communities into Cluster nodes with a summary (size, role mix, top accounts, hashtags and words,
 * label, density, bridging score), links each member to its cluster and clusters to each other.
 * Runs after communities and PageRank are written.
 */
final class ClusterSummaries implements AnalysisStep {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 1_000;
    private static final int POSTS_PER_CLUSTER = 300;

    private static String q(String name) {
        return CypherScript.query(ClusterSummaries.class, name);
    }

    @Override
    public String name() {
        return "clusters";
    }

    @Override
    public String run(AnalysisRun run) {
        GraphDb db = run.db();
        AnalysisOptions options = run.options();
        Phases phases = new Phases();
        db.write(q("drop-clusters"));
        Map<Long, Map<String, Object>> clusters = new LinkedHashMap<>();
        long members = 0;
        for (Record r : db.read(q("cluster-roles"), Map.of("minSize", options.minClusterSize()))) {
            long id = r.get("id").asLong();
            long size = r.get("size").asLong();
            List<String> roles = r.get("roles").asList(v -> v.asString());
            List<Long> counts = r.get("counts").asList(v -> v.asLong());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", id);
            c.put("size", size);
            c.put("roles", roles);
            c.put("roleCounts", counts);
            Map<String, Long> mix = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) mix.put(roles.get(i), counts.get(i));
            c.put("roleMix", JSON.writeValueAsString(mix));
            putBridging(c, roles, counts, options.bridgeRoles());
            clusters.put(id, c);
            members += size;
        }
        phases.done("roles");
        Map<Long, Long> pairs = new HashMap<>();
        db.read(q("cluster-ties")).forEach(r -> pairs.put(r.get("id").asLong(), r.get("pairs").asLong()));
        phases.done("ties");
        List<Long> ids = new ArrayList<>(clusters.keySet());
        Map<Long, List<String>> texts = new HashMap<>();
        for (List<Long> batch : batches(ids)) {
            for (Record r : db.read(q("cluster-details"), Map.of("ids", batch))) {
                Map<String, Object> c = clusters.get(r.get("id").asLong());
                c.put("topAccounts", r.get("topAccounts").asList(v -> v.asString()));
                List<ClusterLabels.Tag> tags = r.get("tags").asList(v -> new ClusterLabels.Tag(
                        v.get("tag").asString(), v.get("n").asLong(), v.get("total").asLong(), v.get("chat").asBoolean(),
                        v.get("people").asLong()));
                c.put("topHashtags", tags.stream().limit(5).map(ClusterLabels.Tag::tag).toList());
                c.put("topHashtagUses", tags.stream().limit(5).map(ClusterLabels.Tag::uses).toList());
                c.put("tags", tags);
            }
            for (Record r : db.read(q("cluster-texts"), Map.of("ids", batch, "perCluster", POSTS_PER_CLUSTER))) {
                texts.put(r.get("id").asLong(), r.get("texts").asList(v -> v.asString()));
            }
        }
        phases.done("details");
        Map<Long, List<String>> words = TopWords.top(texts, 8);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : clusters.values()) {
            long id = (Long) c.get("id");
            long size = (Long) c.get("size");
            long internal = pairs.getOrDefault(id, 0L);
            c.put("ties", internal);
            c.put("density", size < 2 ? 0.0 : internal / (size * (size - 1) / 2.0));
            c.put("topWords", words.getOrDefault(id, List.of()));
            @SuppressWarnings("unchecked")
            List<ClusterLabels.Tag> tags = (List<ClusterLabels.Tag>) c.remove("tags");
            @SuppressWarnings("unchecked")
            List<String> top = (List<String>) c.getOrDefault("topAccounts", List.of());
            @SuppressWarnings("unchecked")
            var label = ClusterLabels.label(id, tags == null ? List.of() : tags, (List<String>) c.get("roles"),
                    (List<Long>) c.get("roleCounts"), size, top.isEmpty() ? null : top.getFirst());
            c.put("label", label.text());
            c.put("labelReason", label.reason());
            c.putIfAbsent("topAccounts", List.of());
            c.putIfAbsent("topHashtags", List.of());
            c.putIfAbsent("topHashtagUses", List.of());
            rows.add(c);
        }
        for (List<Map<String, Object>> batch : batches(rows)) db.write(q("write-clusters"), Map.of("clusters", batch));
        db.write(q("link-members"));
        phases.done("write");
        long links = db.write(q("link-clusters")).getFirst().get("links").asLong();
        phases.done("links");
        db.write(q("cluster-reach"));
        phases.done("reach");
        run.figure("clusters", clusters.size());
        run.figure("clusteredAccounts", members);
        run.figure("clusterLinks", links);
        return String.format(Locale.UK, "%,d clusters of %d or more accounts (%,d accounts), %,d links between them "
                + "[%s]", clusters.size(), options.minClusterSize(), members, links, phases);
    }

    /**
     * How far a cluster spans the role groups that matter for bridging (by default nurses, chief executives,
     * patients and commissioners): the share of those groups present, times the Blau diversity of its known
     * roles. 1.0 is not reachable; 0 when it holds one known role or none of the groups. A group is present with
     * two members, or with one in a cluster small enough that one is a tenth of it: one nurse among 230 members
     * does not make a cluster a bridge to nurses.
     */
    static void putBridging(Map<String, Object> c, List<String> roles, List<Long> counts, List<String> groups) {
        List<String> spans = new ArrayList<>();
        long known = 0;
        long size = counts.stream().mapToLong(Long::longValue).sum();
        double squares = 0;
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).equals("unknown")) continue;
            known += counts.get(i);
            if (groups.contains(roles.get(i)) && (counts.get(i) >= 2 || counts.get(i) * 10 >= size)) spans.add(roles.get(i));
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).equals("unknown")) continue;
            double p = (double) counts.get(i) / known;
            squares += p * p;
        }
        double diversity = known == 0 ? 0 : 1 - squares;
        c.put("spans", spans.stream().sorted().toList());
        c.put("roleDiversity", diversity);
        c.put("bridging", groups.isEmpty() ? 0.0 : diversity * spans.size() / groups.size());
    }

    /** Seconds per phase, shown in the step's line so a slow phase on a large graph is easy to spot. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String name) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.UK, "%s %.1f s", name, (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return batches;
    }
}
