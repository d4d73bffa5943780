// Whom to invite to a chat: accounts that have not posted with its hashtag but interact with its participants,
// ranked by how many participants they reach, then PageRank; optionally only one role. The evidence is the
// participants they talk to most.
// Parameters: $tag: the chat's hashtag, without #; $role: a role key or null for any; $limit (default 20: give null)
// Example: convene cypher --param tag=celiac --param role=media "$(cat cypher/library/invite-candidates.cypher)"
MATCH (h:Hashtag {tag: toLower($tag)})<-[:TAGGED]-(:Post)<-[:POSTED]-(member:Account)
WITH h, collect(DISTINCT member) AS members
UNWIND members AS m
MATCH (m)-[i:INTERACTS]-(c:Account)
WHERE NOT c IN members
  AND ($role IS NULL OR $role IN coalesce(c.roles, [c.primaryRole]))
WITH c, m, sum(i.weight) AS weight
ORDER BY weight DESC, m.handleLower
WITH c, count(m) AS participantsReached, sum(weight) AS interactions,
     collect(m.handle + ' (' + weight + ')')[..5] AS talksWith
RETURN coalesce(c.handle, c.platform + ':' + c.id) AS candidate, coalesce(c.primaryRole, 'unknown') AS role, participantsReached, interactions,
       c.pagerank AS pagerank, c.community AS community, talksWith
ORDER BY participantsReached DESC, pagerank DESC, candidate
LIMIT coalesce($limit, 20);
