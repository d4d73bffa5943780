// Takes back the host's mark of an account for a chat (a mis-click): the invitation is removed.
MATCH (i:Invitation {chat: $chat, platform: $platform, id: $id})
DETACH DELETE i
RETURN count(*) AS removed
