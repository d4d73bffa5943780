// Of the given accounts, removes those left with nothing after a retention run or an erasure: no post, no
// post naming them, no edge-list row, no invitation and no role correction (a person's decision about them
// stays). Returns their handles and keys (platform:id), so that cluster summaries can stop naming them.
UNWIND $accounts AS k
MATCH (a:Account {platform: k.platform, id: k.id})
WHERE NOT EXISTS { (a)-[:POSTED]->() }
  AND NOT EXISTS { (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-() }
  AND NOT EXISTS { (a)-[:LISTED]-() }
  AND NOT EXISTS { MATCH (i:Invitation) WHERE i.platform = a.platform AND i.id IN [a.id, '@' + a.handleLower] OR (i)-[:INVITES]->(a) RETURN i }
  AND NOT EXISTS { MATCH (c:RoleCorrection) WHERE c.platform = a.platform AND (c.id = a.id OR c.handleLower = a.handleLower) RETURN c }
WITH a, [x IN [a.handle, a.id, a.platform + ':' + a.id] WHERE x IS NOT NULL] AS names
DETACH DELETE a
RETURN count(*) AS removed, reduce(all = [], n IN collect(names) | all + n) AS names
