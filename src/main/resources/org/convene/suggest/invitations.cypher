// The invitations to one chat, newest first, with the invited account's handle.
MATCH (i:Invitation {chat: $chat})
OPTIONAL MATCH (i)-[:INVITES]->(a:Account)
RETURN i.chat AS chat, i.platform AS platform, i.id AS id, a.handle AS handle, i.status AS status, i.at AS at, i.by AS by
ORDER BY at DESC, id
