// The chats the graph follows, by tag.
MATCH (c:Chat)
RETURN c.tag AS tag
ORDER BY tag
