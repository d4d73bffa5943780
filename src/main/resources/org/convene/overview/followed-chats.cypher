// The followed chats that have sittings, the busiest first.
MATCH (c:Chat)
WITH c, COUNT { MATCH (s:ChatSession {chat: c.tag}) } AS sessions
WHERE sessions > 0
RETURN c.tag AS tag, sessions
ORDER BY sessions DESC, tag
