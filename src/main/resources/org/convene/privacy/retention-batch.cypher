// Removes up to $limit posts created before $cutoff; returns the accounts whose interactions or existence
// this may change: the posts' authors, the accounts they named, and authors replying to, quoting or
// retweeting them.
MATCH (p:Post) WHERE p.createdAt < $cutoff
WITH p LIMIT $limit
OPTIONAL CALL (p) {
  MATCH (p)<-[:POSTED]-(a:Account) RETURN a
  UNION
  MATCH (p)-[:MENTIONS|REPLIES_TO_ACCOUNT]->(a:Account) RETURN a
  UNION
  MATCH (p)<-[:REPLIES_TO|QUOTES|RETWEETS]-(:Post)<-[:POSTED]-(a:Account) RETURN a
}
WITH collect(DISTINCT p) AS posts, collect(DISTINCT CASE WHEN a IS NOT NULL THEN {platform: a.platform, id: a.id} END) AS touched
FOREACH (p IN posts | DETACH DELETE p)
RETURN size(posts) AS removed, touched
