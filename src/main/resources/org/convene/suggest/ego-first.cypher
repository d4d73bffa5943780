// An account's direct contacts over INTERACTS, with the weight each way, their roles (the primary one, and
// all they hold) and their community (null before the analysis).
MATCH (e:Account {platform: $platform, id: $id})-[r:INTERACTS]-(n:Account)
WITH e, n, sum(CASE WHEN startNode(r) = e THEN r.weight ELSE 0 END) AS outWeight,
     sum(CASE WHEN endNode(r) = e THEN r.weight ELSE 0 END) AS inWeight
RETURN n.handle AS handle, n.id AS id, coalesce(n.primaryRole, n.roles[0], 'unknown') AS role,
       coalesce(n.roles, CASE WHEN n.primaryRole IS NULL THEN [] ELSE [n.primaryRole] END) AS roles, outWeight, inWeight,
       n.community AS community
