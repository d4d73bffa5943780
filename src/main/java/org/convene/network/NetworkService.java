package org.convene.network;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
