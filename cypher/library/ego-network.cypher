// One account's ego network: everyone it interacts with, in which directions and how often, their roles (the
// primary one, and all they hold) and communities, and how many of the ego's other partners each of them also
// talks to (ties inside the ego network).
// Parameters: $handle (without @, any case); $limit (default 50: give null)
// Example: convene cypher --param handle=jenniferswayje "$(cat cypher/library/ego-network.cypher)"
MATCH (ego:Account {handleLower: toLower($handle)})
MATCH (ego)-[i:INTERACTS]-(n:Account)
WHERE n <> ego
WITH ego, n,
     sum(CASE WHEN startNode(i) = ego THEN i.weight ELSE 0 END) AS toThem,
     sum(CASE WHEN endNode(i) = ego THEN i.weight ELSE 0 END) AS fromThem
WITH ego, collect({n: n, toThem: toThem, fromThem: fromThem}) AS partners
UNWIND partners AS p
WITH p.n AS n, p.toThem AS toThem, p.fromThem AS fromThem, [q IN partners | q.n] AS others
RETURN coalesce(n.handle, n.platform + ':' + n.id) AS partner, coalesce(n.primaryRole, 'unknown') AS role, coalesce(n.roles, []) AS roles,
       n.community AS community, toThem AS egoToPartner, fromThem AS partnerToEgo,
       COUNT { MATCH (n)-[:INTERACTS]-(o:Account) WHERE o IN others AND o <> n RETURN DISTINCT o } AS sharedPartners
ORDER BY egoToPartner + partnerToEgo DESC, partner
LIMIT coalesce($limit, 50);
