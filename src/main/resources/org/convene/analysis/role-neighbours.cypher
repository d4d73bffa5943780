// Every account with its interaction partners whose role is known (primaryRole set and not 'unknown'),
// once per pair, for role diversity and brokerage.
MATCH (n:Account)-[:INTERACTS]-(x:Account)
WHERE n.primaryRole IS NOT NULL AND n.primaryRole <> 'unknown' AND x <> n
RETURN DISTINCT elementId(x) AS x, elementId(n) AS n, n.primaryRole AS role
