// Replaces one chat's sessions: each groups posts with no gap longer than the chat's gap rule.
MATCH (old:ChatSession {chat: $tag})
DETACH DELETE old
WITH count(*) AS removed
UNWIND $sessions AS s
CREATE (cs:ChatSession {chat: $tag, start: s.start, end: s.end, posts: size(s.posts)})
WITH cs, s
UNWIND s.posts AS ref
MATCH (p:Post {platform: ref.platform, id: ref.id})
CREATE (p)-[:IN_SESSION]->(cs)
