// Accounts an administrator may mean: handle starting with $text (any case, without @), or exactly this id.
MATCH (a:Account)
WHERE a.handleLower STARTS WITH $text OR a.id = $raw
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.name AS name, a.bio AS bio,
       COUNT { (a)-[:POSTED]->() } AS posts
ORDER BY a.handleLower = $text DESC, a.handleLower, a.platform
LIMIT 25
