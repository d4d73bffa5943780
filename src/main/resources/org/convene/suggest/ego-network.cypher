// An account and its strongest direct contacts over INTERACTS (at most $limit), each with its role and the
// interactions among them all, for drawing. One row per account drawn; the account itself has centre true.
MATCH (e:Account {platform: $platform, id: $id})
OPTIONAL MATCH (e)-[r:INTERACTS]-(n:Account)
WHERE n <> e
WITH e, n, sum(r.weight) AS weight
ORDER BY weight DESC, n.handleLower
WITH e, collect(n)[..$limit] AS contacts, collect(weight)[..$limit] AS weights
UNWIND range(-1, size(contacts) - 1) AS i
WITH e, contacts, CASE WHEN i < 0 THEN e ELSE contacts[i] END AS a, CASE WHEN i < 0 THEN null ELSE weights[i] END AS weight
OPTIONAL MATCH (a)-[t:INTERACTS]->(b:Account)
WHERE b = e OR b IN contacts
RETURN a.platform + ':' + a.id AS key, a.handle AS handle, coalesce(a.primaryRole, a.roles[0], 'unknown') AS role,
       a = e AS centre, weight,
       collect(CASE WHEN b IS NULL OR b = a THEN null ELSE {target: b.platform + ':' + b.id, weight: t.weight} END) AS ties
