// Records the host's invitation of an account to a chat: one per chat and account, its latest status kept.
MATCH (a:Account {platform: $platform, id: $id})
MERGE (i:Invitation {chat: $chat, platform: $platform, id: $id})
SET i.status = $status, i.at = $at, i.by = $by
MERGE (i)-[:INVITES]->(a)
RETURN i.chat AS chat, i.platform AS platform, i.id AS id, i.status AS status, i.at AS at, i.by AS by
