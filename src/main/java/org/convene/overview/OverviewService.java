package org.convene.overview;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphChanged;
import org.convene.graph.GraphDb;
import org.convene.network.NetworkService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The figures of the first screen: the headline counts, the role mix, each chat's activity per sitting
 * (participants, newcomers, returners), the most influential accounts by PageRank and the network drawn.
 * Every user opens this page first, so each figure is read once and kept until the graph changes
 * ({@link GraphChanged}: an import, an analysis, an erasure, retention, role labels or corrections).
 */
@Service
public class OverviewService {

    private static final String ROLE_MIX = CypherScript.query(OverviewService.class, "role-mix");
    private static final String SESSIONS = CypherScript.query(OverviewService.class, "session-activity");
    private static final String INFLUENCERS = CypherScript.query(OverviewService.class, "top-influencers");
    private static final String CHATS = CypherScript.query(OverviewService.class, "followed-chats");

    /** Sittings are kept for this many chats at most; more are read each time (the view asks for known chats only). */
    static final int MAX_ENTRIES = 200;

    private final GraphDb db;
    private final NetworkService network;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    /** Counts invalidations, so a figure read while the graph changed is not kept. */
    private long generation;

    public OverviewService(GraphDb db, NetworkService network) {
        this.db = db;
        this.network = network;
    }

    /** Forgets every figure; the next request reads the graph again. */
    @EventListener(GraphChanged.class)
    public synchronized void invalidate() {
        generation++;
        cache.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> read) {
        Object hit = cache.get(key);
        if (hit != null) return (T) hit;
        long before;
        synchronized (this) {
            before = generation;
        }
        T value = read.get();
        synchronized (this) {
            if (generation == before && cache.size() < MAX_ENTRIES) cache.putIfAbsent(key, value);
        }
        return value;
    }

    /** Accounts, posts, chats, interactions and the period they span. */
    public NetworkService.Counts counts() {
        return cached("counts", network::counts);
    }

    /** The network as the overview draws it. */
    public NetworkService.Network network() {
        return cached("network", network::network);
    }

    public record RoleCount(String role, long accounts) {}

    /** One sitting: its start, its posts, and the accounts that posted, split into newcomers and returners. */
    public record SessionActivity(ZonedDateTime start, long posts, long participants, long newcomers, long returners) {}

    /**
     * How many sittings at the start are strays: one or two accounts posting with the tag, weeks before the chat
     * took off (a stray early post would otherwise open the chart and squeeze the real sittings). Only counted
     * when a later sitting had ten or more accounts.
     */
    public static int strayStart(List<SessionActivity> sittings) {
        if (sittings.stream().noneMatch(s -> s.participants() >= 10)) return 0;
        int n = 0;
        while (n < sittings.size() && sittings.get(n).participants() < 3) n++;
        return n;
    }

    /** As {@link #strayStart}, at the end: one or two accounts using the tag after the chat had ended. */
    public static int strayEnd(List<SessionActivity> sittings) {
        return strayStart(sittings.reversed());
    }

    /** {@code handle} is null for an account known by id alone (from an edge list). */
    public record Influencer(String handle, String id, String platform, String name, String role, double pagerank) {}

    public record ChatSessionCount(String tag, long sessions) {}

    /** Accounts per primary role, most first. */
    public List<RoleCount> roleMix() {
        return cached("roles", () -> db.read(ROLE_MIX).stream()
                .map(r -> new RoleCount(r.get("role").asString(), r.get("accounts").asLong())).toList());
    }

    /** Followed chats that have sittings, busiest first. */
    public List<ChatSessionCount> chats() {
        return cached("chats", () -> db.read(CHATS).stream()
                .map(r -> new ChatSessionCount(r.get("tag").asString(), r.get("sessions").asLong())).toList());
    }

    /** The chat's sittings in time order; an account is a newcomer in the first sitting it posted in. */
    public List<SessionActivity> sessionActivity(String chat) {
        return cached("sittings " + chat, () -> db.read(SESSIONS, Map.of("chat", chat)).stream()
                .map(r -> new SessionActivity(r.get("start").asZonedDateTime(), r.get("posts").asLong(0),
                        r.get("participants").asLong(), r.get("newcomers").asLong(), r.get("returners").asLong()))
                .toList());
    }

    /** The {@code limit} accounts with the highest PageRank; empty before the first analysis. */
    public List<Influencer> topInfluencers(int limit) {
        return cached("influencers " + limit, () -> db.read(INFLUENCERS, Map.of("limit", limit)).stream()
                .map(r -> new Influencer(r.get("handle").asString(null), r.get("id").asString(null),
                        r.get("platform").asString(null), r.get("name").asString(null),
                        r.get("role").asString(), r.get("pagerank").asDouble()))
                .toList());
    }
}
