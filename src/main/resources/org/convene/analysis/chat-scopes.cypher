// The scopes for per-chat influence: every followed chat, and each of its sittings (its time windows).
MATCH (c:Chat)
OPTIONAL MATCH (s:ChatSession {chat: c.tag})
RETURN c.tag AS tag, collect(s.start) AS sessions
ORDER BY tag
