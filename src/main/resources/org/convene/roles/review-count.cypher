// How many accounts the review queue holds in $scope (the same conditions as review-queue.cypher).
MATCH (a:Account)
WHERE ($scope = 'all' OR ($scope = 'corrected') = (coalesce(a.rolesSource, 'rule') = 'person'))
  AND ($filter = '' OR coalesce(a.handleLower, '') CONTAINS $filter OR toLower(coalesce(a.name, '')) CONTAINS $filter
       OR toLower(coalesce(a.bio, '')) CONTAINS $filter OR a.id = $filter)
  // an account known by its id alone (an edge list's) has nothing a person could read: not one to review
  AND ($scope <> 'review' OR a.handle IS NOT NULL OR a.name IS NOT NULL OR a.bio IS NOT NULL)
OPTIONAL MATCH (a)-[h:HAS_ROLE {primary: true}]->(r:Role)
WITH a, h, r
WHERE $scope <> 'review' OR r IS NULL OR r.key = 'unknown' OR h.confidence < $below
RETURN count(a) AS accounts
