// (c1)-[:LINKS]->(c2) for clusters whose members interact, from the lower id to the higher: weight is the sum
// of the interactions between them, accounts the members (of either side) with most weight across.
MATCH (a:Account)-[i:INTERACTS]-(b:Account)
WHERE a.community <> b.community
WITH a, a.community AS ca, b.community AS cb, sum(toFloat(i.weight)) AS w
WITH CASE WHEN ca < cb THEN ca ELSE cb END AS lo, CASE WHEN ca < cb THEN cb ELSE ca END AS hi, a, w
ORDER BY w DESC, a.handleLower
WITH lo, hi, sum(w) / 2 AS weight, collect(coalesce(a.handle, a.platform + ':' + a.id))[..5] AS accounts, count(a) AS linkers
MATCH (c1:Cluster {id: lo})
MATCH (c2:Cluster {id: hi})
CREATE (c1)-[:LINKS {weight: weight, accounts: accounts, linkers: linkers}]->(c2)
RETURN count(*) AS links
