package org.convene.overview;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.springframework.stereotype.Service;

/**
 * The figures of the first screen beyond the headline counts: the role mix, each chat's activity per
 * sitting (participants, newcomers, returners) and the most influential accounts by PageRank.
 */
@Service
public class OverviewService {

    private static final String ROLE_MIX = CypherScript.query(OverviewService.class, "role-mix");
    private static final String SESSIONS = CypherScript.query(OverviewService.class, "session-activity");
    private static final String INFLUENCERS = CypherScript.query(OverviewService.class, "top-influencers");
    private static final String CHATS = CypherScript.query(OverviewService.class, "followed-chats");

    private final GraphDb db;

    public OverviewService(GraphDb db) {
        this.db = db;
    }

    public record RoleCount(String role, long accounts) {}

    /** One sitting: its start, its posts, and the accounts that posted, split into newcomers and returners. */
    public record SessionActivity(ZonedDateTime start, long posts, long participants, long newcomers, long returners) {}

    public record Influencer(String handle, String name, String role, double pagerank) {}

    public record ChatSessionCount(String tag, long sessions) {}

    /** Accounts per primary role, most first. */
    public List<RoleCount> roleMix() {
        return db.read(ROLE_MIX).stream()
                .map(r -> new RoleCount(r.get("role").asString(), r.get("accounts").asLong())).toList();
    }

    /** Followed chats that have sittings, busiest first. */
    public List<ChatSessionCount> chats() {
        return db.read(CHATS).stream()
                .map(r -> new ChatSessionCount(r.get("tag").asString(), r.get("sessions").asLong())).toList();
    }

    /** The chat's sittings in time order; an account is a newcomer in the first sitting it posted in. */
    public List<SessionActivity> sessionActivity(String chat) {
        return db.read(SESSIONS, Map.of("chat", chat)).stream()
                .map(r -> new SessionActivity(r.get("start").asZonedDateTime(), r.get("posts").asLong(0),
                        r.get("participants").asLong(), r.get("newcomers").asLong(), r.get("returners").asLong()))
                .toList();
    }

    /** The {@code limit} accounts with the highest PageRank; empty before the first analysis. */
    public List<Influencer> topInfluencers(int limit) {
        return db.read(INFLUENCERS, Map.of("limit", limit)).stream()
                .map(r -> new Influencer(r.get("handle").asString(null), r.get("name").asString(null),
                        r.get("role").asString(), r.get("pagerank").asDouble()))
                .toList();
    }
}
