// The newest own posts (not retweets) of each community in $ids, up to $perCluster, for its top words.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Account {community: id})-[:POSTED]->(p:Post) USING INDEX SEEK a:Account(community)
  WHERE p.text IS NOT NULL AND NOT EXISTS { (p)-[:RETWEETS]->() }
  WITH p ORDER BY p.createdAt DESC
  LIMIT $perCluster
  RETURN collect(p.text) AS texts
}
WITH id, texts WHERE size(texts) > 0
RETURN id, texts
