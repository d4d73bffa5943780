// What the signals need to know of each candidate ($nodes: element ids): profile, role, cluster, influence,
// neighbours (with the weight each way), hashtags around it, when it was last active or addressed, and the host's invitation.
UNWIND $nodes AS node
MATCH (c:Account) WHERE elementId(c) = node
CALL (c) {
  OPTIONAL MATCH (c)-[r:INTERACTS]-(n:Account)
  WITH n, sum(CASE WHEN startNode(r) = c THEN r.weight ELSE 0 END) AS outWeight,
       sum(CASE WHEN endNode(r) = c THEN r.weight ELSE 0 END) AS inWeight,
       sum(CASE WHEN endNode(r) = c THEN coalesce(r.replies, 0) ELSE 0 END) AS repliesIn,
       sum(CASE WHEN endNode(r) = c THEN coalesce(r.quotes, 0) ELSE 0 END) AS quotesIn,
       sum(CASE WHEN endNode(r) = c THEN coalesce(r.retweets, 0) ELSE 0 END) AS retweetsIn,
       max(CASE WHEN startNode(r) = c THEN r.last END) AS lastOut, max(CASE WHEN endNode(r) = c THEN r.last END) AS lastIn
  RETURN collect(CASE WHEN n IS NOT NULL THEN {node: elementId(n), handle: coalesce(n.handle, n.id), outWeight: outWeight,
                 inWeight: inWeight, repliesIn: repliesIn,
                 quotesIn: quotesIn, retweetsIn: retweetsIn, community: n.community, role: coalesce(n.primaryRole, n.roles[0])} END) AS neighbours,
         max(lastOut) AS lastOut, max(lastIn) AS lastIn, sum(inWeight) AS inWeight
}
CALL (c) {
  OPTIONAL MATCH (c)-[:POSTED]->(q:Post)
  RETURN max(q.createdAt) AS lastPost
}
CALL (c) {
  MATCH (c)-[:POSTED]->(:Post)-[:TAGGED]->(t:Hashtag) WHERE t.tag <> $tag
  WITH t.tag AS tag, count(*) AS n
  RETURN collect({tag: tag, n: n}) AS ownTags
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(q:Post)
  RETURN count(DISTINCT q) AS mentions
}
CALL (c) {
  MATCH (c)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(q:Post)-[:TAGGED]->(t:Hashtag) WHERE t.tag <> $tag
  WITH t.tag AS tag, count(DISTINCT q) AS n
  RETURN collect({tag: tag, n: n}) AS addressedTags
}
OPTIONAL MATCH (inv:Invitation {chat: $tag, platform: c.platform, id: c.id})
RETURN node, c.platform AS platform, c.id AS id, c.handle AS handle, c.name AS name, c.bio AS bio,
       coalesce(c.roles, CASE WHEN c.primaryRole IS NULL THEN [] ELSE [c.primaryRole] END) AS roles,
       c.primaryRole AS primaryRole, c.community AS community, c.pagerank AS pagerank,
       inWeight, neighbours, lastOut, lastIn, lastPost, ownTags,
       mentions, addressedTags, inv.status AS invitation, inv.at AS invitedAt, inv.by AS invitedBy
