// Accounts by primary role: those who posted with the chat's hashtag ($chat), or the whole graph ($chat null).
MATCH (a:Account)
WHERE $chat IS NULL OR EXISTS { (a)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: $chat}) }
RETURN coalesce(a.primaryRole, a.roles[0], 'unknown') AS role, count(*) AS accounts
ORDER BY accounts DESC, role
