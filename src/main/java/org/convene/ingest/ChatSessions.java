package org.convene.ingest;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Groups each followed chat's posts into sittings ({@code ChatSession}). A chat with a declared weekly
 * {@link ChatSchedule} gets one session per sitting that has posts, from the sitting's scheduled start to
 * its end; its posts outside every sitting belong to no session and are counted on the chat. Any other
 * chat starts a new sitting when the hashtag has been quiet for longer than {@link #GAP}, so a weekly chat
 * such as #wenurses still becomes about one session a week. Sessions are rebuilt after every import and
 * whenever a schedule changes, so they stay current.
 */
@Component
public class ChatSessions {

    /** Quiet time that ends a sitting: longer than any lull inside an hour-long chat. */
    static final Duration GAP = Duration.ofMinutes(90);
    private static final String CHATS = CypherScript.query(ChatSessions.class, "chats");
    private static final String CHAT_POSTS = CypherScript.query(ChatSessions.class, "chat-posts");
    private static final String REPLACE = CypherScript.query(ChatSessions.class, "replace-chat-sessions");

    private final GraphDb db;
    /** One rebuild per chat at a time: two imports at once would otherwise both replace its sessions. */
    private final Map<String, Object> rebuilding = new java.util.concurrent.ConcurrentHashMap<>();

    public ChatSessions(GraphDb db) {
        this.db = db;
    }

    /**
     * Erasure, retention and a user's Cypher can take posts away: the sittings are rebuilt, or they would count
     * posts no longer there.
     */
    @org.springframework.context.event.EventListener
    @org.springframework.core.annotation.Order(0) // before the listeners that read sittings again
    void afterPostsRemoved(org.convene.graph.GraphChanged change) {
        if (change.nodesRemoved()) rebuild();
    }

    /** Rebuilds the sessions of every followed chat; returns how many there are. */
    public int rebuild() {
        int total = 0;
        for (Record chat : db.read(CHATS, tagParam(null))) total += rebuild(chat);
        return total;
    }

    /** Rebuilds one chat's sessions; returns how many there are (0 for a chat not followed). */
    public int rebuild(String tag) {
        int total = 0;
        for (Record chat : db.read(CHATS, tagParam(tag))) total += rebuild(chat);
        return total;
    }

    private int rebuild(Record chat) {
        String tag = chat.get("tag").asString();
        synchronized (rebuilding.computeIfAbsent(tag, t -> new Object())) {
            return rebuild(tag, schedule(chat));
        }
    }

    /** Reads the chat's posts and replaces its sessions; the later of two rebuilds sees the other's posts. */
    private int rebuild(String tag, ChatSchedule schedule) {
        List<Record> posts = db.read(CHAT_POSTS, Map.of("tag", tag));
        List<Map<String, Object>> sessions = schedule == null ? group(posts) : sittings(posts, schedule);
        Map<String, Object> params = new HashMap<>();
        params.put("tag", tag);
        params.put("sessions", sessions);
        params.put("offSchedule", schedule == null ? null
                : posts.size() - sessions.stream().mapToLong(s -> ((List<?>) s.get("posts")).size()).sum());
        db.write(REPLACE, params);
        return sessions.size();
    }

    /** The chat's declared schedule from a row of chats.cypher, or null under the gap rule. */
    static ChatSchedule schedule(Record chat) {
        if (chat.get("day").isNull()) return null;
        return new ChatSchedule(java.time.DayOfWeek.valueOf(chat.get("day").asString()),
                java.time.LocalTime.parse(chat.get("time").asString()), java.time.ZoneId.of(chat.get("zone").asString()),
                Duration.ofMinutes(chat.get("minutes").asLong()), Duration.ofMinutes(chat.get("slack").asLong(0)));
    }

    /** One session per scheduled sitting with posts, spanning the sitting as scheduled. */
    static List<Map<String, Object>> sittings(List<Record> posts, ChatSchedule schedule) {
        Map<ZonedDateTime, List<Map<String, Object>>> bySitting = new java.util.TreeMap<>();
        for (Record r : posts) {
            ZonedDateTime start = schedule.sittingOf(r.get("at").asZonedDateTime().toInstant());
            if (start != null) bySitting.computeIfAbsent(start, k -> new ArrayList<>()).add(ref(r));
        }
        List<Map<String, Object>> sessions = new ArrayList<>();
        bySitting.forEach((start, refs) -> sessions.add(session(utc(start), utc(start.plus(schedule.duration())),
                refs, true)));
        return sessions;
    }

    private static ZonedDateTime utc(ZonedDateTime t) {
        return t.withZoneSameInstant(java.time.ZoneOffset.UTC);
    }

    private static Map<String, Object> tagParam(String tag) {
        Map<String, Object> params = new HashMap<>();
        params.put("tag", tag);
        return params;
    }

    static List<Map<String, Object>> group(List<Record> posts) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        List<Map<String, Object>> current = null;
        ZonedDateTime start = null, last = null;
        for (Record r : posts) {
            ZonedDateTime at = r.get("at").asZonedDateTime();
            if (current == null || Duration.between(last, at).compareTo(GAP) > 0) {
                if (current != null) sessions.add(session(start, last, current, false));
                current = new ArrayList<>();
                start = at;
            }
            current.add(ref(r));
            last = at;
        }
        if (current != null) sessions.add(session(start, last, current, false));
        return sessions;
    }

    private static Map<String, Object> ref(Record r) {
        return Map.of("platform", r.get("platform").asString(), "id", r.get("id").asString());
    }

    private static Map<String, Object> session(ZonedDateTime start, ZonedDateTime end, List<Map<String, Object>> posts,
                                               boolean scheduled) {
        return Map.of("start", start, "end", end, "posts", posts, "scheduled", scheduled);
    }
}
