// The demo's chats no post uses any more are no longer followed: the chat, its sittings and its influence ranks go.
UNWIND $chats AS tag
MATCH (c:Chat {tag: tag})
WHERE NOT EXISTS { (:Hashtag {tag: tag})<-[:TAGGED]-(:Post) }
OPTIONAL MATCH (s:ChatSession {chat: tag})
DETACH DELETE s
WITH DISTINCT c
DETACH DELETE c
RETURN count(*) AS unfollowed
