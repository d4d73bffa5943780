// Accounts whose handle starts with what the user typed (lower case, no @), at most $limit, for a search box.
MATCH (a:Account)
WHERE a.handleLower STARTS WITH $prefix
RETURN a.platform AS platform, a.id AS id, a.handle AS handle
ORDER BY size(a.handleLower), a.handleLower, platform
LIMIT $limit
