// How many accounts the review queue holds in $scope (the same conditions as review-queue.cypher).
MATCH (a:Account)
WHERE ($scope = 'all' OR ($scope = 'corrected') = (coalesce(a.rolesSource, 'rule') = 'person'))
  AND ($filter = '' OR coalesce(a.handleLower, '') CONTAINS $filter OR toLower(coalesce(a.name, '')) CONTAINS $filter
       OR toLower(coalesce(a.bio, '')) CONTAINS $filter)
OPTIONAL MATCH (a)-[h:HAS_ROLE {primary: true}]->(r:Role)
WITH a, h, r
WHERE $scope <> 'review' OR r IS NULL OR r.key = 'unknown' OR h.confidence < $below
RETURN count(a) AS accounts
