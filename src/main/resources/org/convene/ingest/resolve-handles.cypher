// Which handles, referred to by handle only, already belong to an account with a platform id.
UNWIND $refs AS r
MATCH (a:Account {platform: r.platform, handleLower: r.handle})
WHERE NOT a.id STARTS WITH '@'
RETURN r.platform AS platform, r.handle AS handle, a.id AS id
