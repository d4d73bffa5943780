// The followed chats, to pick one in the Network view.
MATCH (c:Chat) RETURN c.tag AS tag ORDER BY tag
