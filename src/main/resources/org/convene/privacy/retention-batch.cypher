// Removes up to $limit posts created before $cutoff (and inferred originals only older posts refer to); returns the accounts whose interactions or existence
// this may change: the posts' authors, the accounts they named, and authors replying to, quoting or
// retweeting them.
CALL () {
  MATCH (p:Post) WHERE p.createdAt < $cutoff RETURN p
  UNION
  // an original known only from a retweet, quote or reply to it has no time of its own: it goes when nothing
  // newer (or undated) refers to it any more
  MATCH (p:Post) WHERE p.inferred AND p.createdAt IS NULL
    AND NOT EXISTS { (p)<-[:REPLIES_TO|QUOTES|RETWEETS]-(r:Post) WHERE NOT coalesce(r.createdAt < $cutoff, false) }
  RETURN p
}
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
