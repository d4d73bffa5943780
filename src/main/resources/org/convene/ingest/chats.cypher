// The followed chats with their declared schedules (null for chats grouped by the gap rule).
MATCH (c:Chat)
WHERE $tag IS NULL OR c.tag = $tag
RETURN c.tag AS tag, c.name AS name, c.scheduleDay AS day, c.scheduleTime AS time, c.scheduleZone AS zone,
       c.scheduleMinutes AS minutes, c.scheduleSlackMinutes AS slack, c.offSchedulePosts AS offSchedule,
       COUNT { (s:ChatSession {chat: c.tag}) } AS sessions,
       COUNT { (:Post)-[:TAGGED]->(:Hashtag {tag: c.tag}) } AS posts
ORDER BY tag
