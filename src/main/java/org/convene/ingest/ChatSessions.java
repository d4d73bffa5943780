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
 * Groups each followed chat's posts into sittings ({@code ChatSession}): a new sitting starts when the
 * hashtag has been quiet for longer than {@link #GAP}. A weekly chat such as #wenurses (Thursdays 20:00)
 * becomes one session a week; sessions are rebuilt after every import, so they stay current.
 */
@Component
public class ChatSessions {

    /** Quiet time that ends a sitting: longer than any lull inside an hour-long chat. */
    static final Duration GAP = Duration.ofMinutes(90);
    private static final String CHATS = "MATCH (c:Chat) RETURN c.tag AS tag";
    private static final String CHAT_POSTS = CypherScript.query(ChatSessions.class, "chat-posts");
    private static final String REPLACE = CypherScript.query(ChatSessions.class, "replace-chat-sessions");

    private final GraphDb db;

    public ChatSessions(GraphDb db) {
        this.db = db;
    }

    /** Rebuilds the sessions of every followed chat; returns how many there are. */
    public int rebuild() {
        int total = 0;
        for (Record chat : db.read(CHATS)) {
            String tag = chat.get("tag").asString();
            List<Map<String, Object>> sessions = group(db.read(CHAT_POSTS, Map.of("tag", tag)));
            db.write(REPLACE, Map.of("tag", tag, "sessions", sessions));
            total += sessions.size();
        }
        return total;
    }

    static List<Map<String, Object>> group(List<Record> posts) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        List<Map<String, Object>> current = null;
        ZonedDateTime start = null, last = null;
        for (Record r : posts) {
            ZonedDateTime at = r.get("at").asZonedDateTime();
            if (current == null || Duration.between(last, at).compareTo(GAP) > 0) {
                if (current != null) sessions.add(session(start, last, current));
                current = new ArrayList<>();
                start = at;
            }
            Map<String, Object> ref = new HashMap<>();
            ref.put("platform", r.get("platform").asString());
            ref.put("id", r.get("id").asString());
            current.add(ref);
            last = at;
        }
        if (current != null) sessions.add(session(start, last, current));
        return sessions;
    }

    private static Map<String, Object> session(ZonedDateTime start, ZonedDateTime end, List<Map<String, Object>> posts) {
        return Map.of("start", start, "end", end, "posts", posts);
    }
}
