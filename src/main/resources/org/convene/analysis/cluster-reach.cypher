// How many other communities each account's interaction partners belong to: the accounts that link
// clusters to each other have a high clusterReach. Written where above 0 or set before (missing = 0), which
// spares a write to every account of a large graph. No label on b: with one, the planner sometimes scanned
// all accounts per account and checked for a tie (Expand Into; on higgs minutes instead of a second).
MATCH (a:Account)
WITH a, size(COLLECT {
  MATCH (a)-[:INTERACTS]-(b) WHERE b.community <> a.community RETURN DISTINCT b.community
}) AS reach
WHERE reach > 0 OR a.clusterReach IS NOT NULL
SET a.clusterReach = reach
RETURN count(a) AS accounts
