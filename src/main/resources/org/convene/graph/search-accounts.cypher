// Accounts whose handle starts with what the user typed (lower case, no @), at most $limit, for a search box;
// first any account without a handle whose id is exactly the text (an edge list's, on one of $platforms), as
// those can be named no other way.
CALL () {
  UNWIND $platforms AS p
  MATCH (a:Account {platform: p, id: $prefix})
  WHERE a.handle IS NULL
  RETURN a, 0 AS first
  UNION
  MATCH (a:Account)
  WHERE a.handleLower STARTS WITH $prefix
  RETURN a, 1 AS first
}
RETURN a.platform AS platform, a.id AS id, a.handle AS handle
ORDER BY first, size(a.handleLower), a.handleLower, platform
LIMIT $limit
