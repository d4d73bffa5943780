// Replaces one chat's sessions: each groups posts by the chat's gap rule or into its scheduled sittings.
// offSchedulePosts counts a scheduled chat's posts outside every sitting (null under the gap rule).
MATCH (c:Chat {tag: $tag})
SET c.offSchedulePosts = $offSchedule
WITH c
OPTIONAL MATCH (old:ChatSession {chat: $tag})
DETACH DELETE old
WITH count(*) AS removed
UNWIND $sessions AS s
CREATE (cs:ChatSession {chat: $tag, start: s.start, end: s.end, posts: size(s.posts), scheduled: s.scheduled})
WITH cs, s
UNWIND s.posts AS ref
MATCH (p:Post {platform: ref.platform, id: ref.id})
CREATE (p)-[:IN_SESSION]->(cs)
