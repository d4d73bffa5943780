// After derive-interacts.cypher, an INTERACTS edge of these accounts not stamped by it has lost its posts
// (e.g. an erased account).
UNWIND $accounts AS k
MATCH (:Account {platform: k.platform, id: k.id})-[r:INTERACTS]->()
WHERE r.stamp IS NULL OR r.stamp <> $stamp
DELETE r
