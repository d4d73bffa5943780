// How many clusters clusters.cypher pages through: the same filter ($minSize, $role, $chat, $q, $exact, $platforms), without $id.
MATCH (c:Cluster)
WHERE c.size >= $minSize AND ($role IS NULL OR $role IN c.roles)
  AND ($chat IS NULL OR EXISTS { (c)<-[:IN_CLUSTER]-(:Account)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: $chat}) })
  AND ($q IS NULL OR c.id = $qId OR $qId IS NULL AND (
       // "@name" means one account: its cluster only, by handle, or by id for an account without a handle
       $exact AND (any(a IN coalesce(c.topAccounts, []) WHERE toLower(a) = $q)
                   OR EXISTS { MATCH (:Account {handleLower: $q})-[:IN_CLUSTER]->(c) }
                   OR EXISTS { UNWIND $platforms AS p
                               MATCH (:Account {platform: p, id: $q})-[:IN_CLUSTER]->(c) })
       OR NOT $exact AND (toLower(coalesce(c.label, '')) CONTAINS $q
       OR any(a IN coalesce(c.topAccounts, []) WHERE toLower(a) CONTAINS $q)
       OR any(t IN coalesce(c.topHashtags, []) WHERE toLower(t) CONTAINS $q)
       OR EXISTS { MATCH (:Account {handleLower: $q})-[:IN_CLUSTER]->(c) })))
RETURN count(c) AS n
