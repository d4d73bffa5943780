// Notes that the demo was removed (so a store it left empty is not filled again on the next start) and, when
// no account is left, drops the clusters the last analysis described.
MERGE (m:ConveneMeta {key: 'demo'})
SET m.removedAt = datetime()
WITH m
CALL (m) {
  MATCH (c:Cluster) WHERE NOT EXISTS { MATCH (:Account) }
  DETACH DELETE c
}
RETURN m.removedAt AS removedAt
