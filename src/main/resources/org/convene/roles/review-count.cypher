// How many accounts the review queue holds (the same conditions as review-queue.cypher).
MATCH (a:Account)
WHERE coalesce(a.rolesSource, 'rule') <> 'person'
  AND ($filter = '' OR coalesce(a.handleLower, '') CONTAINS $filter OR toLower(coalesce(a.name, '')) CONTAINS $filter
       OR toLower(coalesce(a.bio, '')) CONTAINS $filter)
OPTIONAL MATCH (a)-[h:HAS_ROLE {primary: true}]->(r:Role)
WITH a, h, r
WHERE r IS NULL OR r.key = 'unknown' OR h.confidence < $below
RETURN count(a) AS accounts
