package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScheduledSessionsTest extends GraphTestBase {

    @Autowired Chats chats;
    @Autowired ChatSessions sessions;
    @Autowired GraphDb db;

    /** Posts of a Thursday 20:00 (London) chat in 2015, around both daylight-saving changes, and two off it. */
    private static final List<String> TIMES = List.of(
            "2015-03-26T20:10:00Z", "2015-03-26T20:55:00Z",   // GMT sitting
            "2015-04-02T18:40:00Z", "2015-04-02T19:10:00Z",   // BST sitting (19:40 in the slack, 20:10)
            "2015-04-02T20:40:00Z",                           // 21:40 BST: after end + slack
            "2015-10-22T19:05:00Z", "2015-10-29T20:05:00Z",   // last BST and first GMT Thursdays
            "2015-10-27T20:05:00Z");                          // a Tuesday

    @BeforeEach
    void posts() {
        db.write("""
                MERGE (h:Hashtag {tag: 'schedtest'})
                WITH h UNWIND range(0, size($times) - 1) AS i
                CREATE (p:Post {platform: 'test', id: 'sched' + i, createdAt: datetime($times[i])})-[:TAGGED]->(h)""",
                Map.of("times", TIMES));
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE (n:Post AND n.platform = 'test') OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    private List<String> sessionRows() {
        return db.read("""
                MATCH (s:ChatSession {chat: 'schedtest'})
                RETURN toString(s.start) + ' ' + toString(s.end) + ' ' + s.posts + ' ' + s.scheduled AS row
                ORDER BY s.start""").stream().map(r -> r.get("row").asString()).toList();
    }

    @Test
    void aScheduledChatHasOneSessionPerSittingInLocalTime() {
        int count = chats.schedule("#SchedTest", ChatSchedule.parse("THU", "20:00", "Europe/London", "60m", "30m"));
        assertThat(count).isEqualTo(4);
        assertThat(sessionRows()).containsExactly(
                "2015-03-26T20:00:00Z 2015-03-26T21:00:00Z 2 true",
                "2015-04-02T19:00:00Z 2015-04-02T20:00:00Z 2 true",
                "2015-10-22T19:00:00Z 2015-10-22T20:00:00Z 1 true",
                "2015-10-29T20:00:00Z 2015-10-29T21:00:00Z 1 true");
        Chats.Chat chat = chats.list().stream().filter(c -> c.tag().equals("schedtest")).findFirst().orElseThrow();
        assertThat(chat.offSchedulePosts()).isEqualTo(2);
        assertThat(chat.posts()).isEqualTo(8);
        assertThat(chat.schedule().describe()).isEqualTo("THU 20:00 Europe/London 60m slack 30m");
        assertThat(db.readLong("MATCH (p:Post {id: 'sched4'})-[:IN_SESSION]->() RETURN count(*)", Map.of())).isZero();

        // the next import's rebuild keeps the schedule
        sessions.rebuild();
        assertThat(sessionRows()).hasSize(4);
    }

    @Test
    void removingTheScheduleReturnsToTheGapRule() {
        chats.schedule("schedtest", ChatSchedule.parse("THU", "20:00", "Europe/London", "60m", "30m"));
        chats.schedule("schedtest", null);
        List<String> rows = sessionRows();
        assertThat(rows).allMatch(r -> r.endsWith(" false"));
        assertThat(db.readLong("MATCH (:Post {platform: 'test'})-[:IN_SESSION]->() RETURN count(*)", Map.of()))
                .isEqualTo(TIMES.size());
        Chats.Chat chat = chats.list().stream().filter(c -> c.tag().equals("schedtest")).findFirst().orElseThrow();
        assertThat(chat.schedule()).isNull();
        assertThat(chat.offSchedulePosts()).isNull();
        assertThatThrownBy(() -> chats.schedule("nosuchchat", null)).hasMessageContaining("No followed chat #nosuchchat");
    }
}
