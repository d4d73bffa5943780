package org.convene.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.graph.CypherScript;
import org.convene.graph.GraphDb;
import org.springframework.stereotype.Service;

/** The followed chats and their declared weekly schedules; a change regroups that chat's sessions at once. */
@Service
public class Chats {

    private static final String CHATS = CypherScript.query(Chats.class, "chats");
    private static final String SET_SCHEDULE = CypherScript.query(Chats.class, "set-chat-schedule");

    private final GraphDb db;
    private final ChatSessions sessions;

    public Chats(GraphDb db, ChatSessions sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    /**
     * A chat as listed: its schedule (null under the gap rule), sessions, posts with its hashtag, and for a
     * scheduled chat the posts outside every sitting.
     */
    public record Chat(String tag, String name, ChatSchedule schedule, long sessions, long posts, Long offSchedulePosts) {}

    public List<Chat> list() {
        Map<String, Object> params = new HashMap<>();
        params.put("tag", null);
        return db.read(CHATS, params).stream().map(r -> new Chat(r.get("tag").asString(), r.get("name").asString(null),
                ChatSessions.schedule(r), r.get("sessions").asLong(), r.get("posts").asLong(),
                r.get("offSchedule").isNull() ? null : r.get("offSchedule").asLong())).toList();
    }

    /** Declares (or with null, removes) a chat's weekly schedule and regroups its sessions; returns how many. */
    public int schedule(String chat, ChatSchedule schedule) {
        String tag = tag(chat);
        if (schedule == null && list().stream().noneMatch(c -> c.tag().equals(tag))) {
            throw new IllegalArgumentException("No followed chat #" + tag);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("tag", tag);
        params.put("day", schedule == null ? null : schedule.day().name());
        params.put("time", schedule == null ? null : schedule.time().toString());
        params.put("zone", schedule == null ? null : schedule.zone().getId());
        params.put("minutes", schedule == null ? null : schedule.duration().toMinutes());
        params.put("slack", schedule == null ? null : schedule.slack().toMinutes());
        params.put("schedule", schedule == null ? null : "weekly " + schedule.describe());
        db.write(SET_SCHEDULE, params);
        return sessions.rebuild(tag);
    }

    /** A chat's tag as stored: no '#', lower case. */
    public static String tag(String chat) {
        return chat.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
    }
}
