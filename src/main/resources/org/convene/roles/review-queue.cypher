// The review queue: with $scope 'review', accounts whose roles the rules are unsure of (unknown, not labelled
// yet, or a primary role below $below confidence; accounts a person corrected are done); with 'corrected', the
// accounts a person corrected; with 'all', every account. An account with no handle, name or bio is never one
// to review. $filter (lower case, '' for all) must occur in the handle, name or bio, or be the id. confidence is that of the best real role: for an unknown account,
// its weak cue's. Sorted by $sort ('handle', 'role', 'confidence', 'followers'), $ascending, then handle.
MATCH (a:Account)
WHERE ($scope = 'all' OR ($scope = 'corrected') = (coalesce(a.rolesSource, 'rule') = 'person'))
  AND ($filter = '' OR coalesce(a.handleLower, '') CONTAINS $filter OR toLower(coalesce(a.name, '')) CONTAINS $filter
       OR toLower(coalesce(a.bio, '')) CONTAINS $filter OR a.id = $filter)
  // an account known by its id alone (an edge list's) has nothing a person could read: not one to review
  AND ($scope <> 'review' OR a.handle IS NOT NULL OR a.name IS NOT NULL OR a.bio IS NOT NULL)
OPTIONAL MATCH (a)-[h:HAS_ROLE {primary: true}]->(r:Role)
WITH a, h, r
WHERE $scope <> 'review' OR r IS NULL OR r.key = 'unknown' OR h.confidence < $below
WITH a, h, coalesce(a.handleLower, a.id) AS key, coalesce(r.key, 'unlabelled') AS role,
     CASE WHEN r IS NULL THEN 0.0 WHEN r.key = 'unknown' THEN 1.0 - h.confidence ELSE h.confidence END AS confidence,
     coalesce(a.followers, -1) AS followers
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.name AS name, a.bio AS bio,
       coalesce(a.roles, []) AS roles, confidence, coalesce(h.evidence, []) AS evidence, a.followers AS followers
ORDER BY
  CASE WHEN $ascending THEN CASE $sort WHEN 'handle' THEN key WHEN 'role' THEN role END END ASC,
  CASE WHEN NOT $ascending THEN CASE $sort WHEN 'handle' THEN key WHEN 'role' THEN role END END DESC,
  CASE WHEN $ascending THEN CASE $sort WHEN 'confidence' THEN confidence WHEN 'followers' THEN followers END END ASC,
  CASE WHEN NOT $ascending THEN CASE $sort WHEN 'confidence' THEN confidence WHEN 'followers' THEN followers END END DESC,
  key, a.platform, a.id
SKIP $offset
LIMIT $limit
