// Bridges between two role groups: the accounts that interact with most accounts of role A and of role B,
// so that those two groups are linked through them, with the evidence: which accounts of each role (up to 5,
// strongest ties first, with the interaction count) and through which posts (up to 3 per partner; edge-list
// imports have no posts, only the count); each partner with its primary role, which may be another of its roles.
// Accounts are named by handle, or as platform:id (twitter:88) when the data gave none.
// An account counts as role A when A is in its roles list (the primary role when no list is set); a partner
// holding both roles counts on one side only: B's when B is its primary role, else A's.
// `paths` is the number of (A, B) pairs of partners, so 3 nurses and 2 chief executives give 6.
// `brokerage`, `roleDiversity`, `knownPartners`, `clusterReach` come from `convene analyze` (null before it).
// With $chat, only accounts that posted with that hashtag are bridges (the people of one chat); their partners
// may be anyone.
// Parameters: $roleA, $roleB: role keys (nurse, doctor, ahp, executive, commissioner, manager, comms,
//             researcher, patient, carer, advocate, organisation, media); $chat (e.g. 'celiac'; give null for
//             every account); $limit (default 10: give null)
// Example: convene cypher --param roleA=nurse --param roleB=executive "$(cat cypher/library/bridges-between-roles.cypher)"
MATCH (x:Account)-[:INTERACTS]-(a:Account)
WHERE $roleA IN coalesce(a.roles, [a.primaryRole]) AND a <> x
  AND ($chat IS NULL OR EXISTS { (x)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: $chat}) })
  AND ($roleA = $roleB OR NOT ($roleB IN coalesce(a.roles, []) AND a.primaryRole = $roleB))
WITH x, collect(DISTINCT a) AS sideA
MATCH (x)-[:INTERACTS]-(b:Account)
WHERE $roleB IN coalesce(b.roles, [b.primaryRole]) AND b <> x
  AND ($roleA = $roleB OR NOT ($roleA IN coalesce(b.roles, []) AND b.primaryRole <> $roleB))
WITH x, sideA, collect(DISTINCT b) AS sideB
WITH x, sideA, sideB, size(sideA) * size(sideB) - size([a IN sideA WHERE a IN sideB]) AS paths
WHERE paths > 0
ORDER BY paths DESC, x.pagerank DESC, x.handleLower
LIMIT coalesce($limit, 10)
CALL (x, sideA) {
  UNWIND sideA AS a
  MATCH (x)-[i:INTERACTS]-(a)
  WITH a, sum(i.weight) AS weight
  ORDER BY weight DESC, a.handleLower
  LIMIT 5
  CALL (x, a) {
    OPTIONAL CALL (x, a) {
      MATCH (x)-[:POSTED]->(p:Post)-[:MENTIONS|REPLIES_TO_ACCOUNT]->(a) RETURN p
      UNION
      MATCH (x)-[:POSTED]->(p:Post)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(a) RETURN p
      UNION
      MATCH (a)-[:POSTED]->(p:Post)-[:MENTIONS|REPLIES_TO_ACCOUNT]->(x) RETURN p
      UNION
      MATCH (a)-[:POSTED]->(p:Post)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(x) RETURN p
    }
    WITH p ORDER BY p.createdAt
    RETURN [q IN collect(p) | {post: coalesce(q.url, q.platform + ':' + q.id), at: q.createdAt, text: q.text}][..3] AS posts
  }
  RETURN collect({handle: coalesce(a.handle, a.platform + ':' + a.id), role: coalesce(a.primaryRole, 'unknown'), weight: weight, posts: posts}) AS evidenceA
}
CALL (x, sideB) {
  UNWIND sideB AS b
  MATCH (x)-[i:INTERACTS]-(b)
  WITH b, sum(i.weight) AS weight
  ORDER BY weight DESC, b.handleLower
  LIMIT 5
  CALL (x, b) {
    OPTIONAL CALL (x, b) {
      MATCH (x)-[:POSTED]->(p:Post)-[:MENTIONS|REPLIES_TO_ACCOUNT]->(b) RETURN p
      UNION
      MATCH (x)-[:POSTED]->(p:Post)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(b) RETURN p
      UNION
      MATCH (b)-[:POSTED]->(p:Post)-[:MENTIONS|REPLIES_TO_ACCOUNT]->(x) RETURN p
      UNION
      MATCH (b)-[:POSTED]->(p:Post)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(x) RETURN p
    }
    WITH p ORDER BY p.createdAt
    RETURN [q IN collect(p) | {post: coalesce(q.url, q.platform + ':' + q.id), at: q.createdAt, text: q.text}][..3] AS posts
  }
  RETURN collect({handle: coalesce(b.handle, b.platform + ':' + b.id), role: coalesce(b.primaryRole, 'unknown'), weight: weight, posts: posts}) AS evidenceB
}
RETURN coalesce(x.handle, x.platform + ':' + x.id) AS bridge, coalesce(x.primaryRole, 'unknown') AS role, paths,
       size(sideA) AS roleAPartners, size(sideB) AS roleBPartners, x.brokerage AS brokerage,
       x.roleDiversity AS roleDiversity, x.knownRoleNeighbours AS knownPartners, x.clusterReach AS clusterReach,
       x.community AS community, evidenceA, evidenceB
ORDER BY paths DESC, x.pagerank DESC, bridge;
