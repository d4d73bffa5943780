// What a retention run would remove: posts created before $cutoff, and the accounts left with nothing
// (no newer post, no edge-list row, no newer post naming them, no invitation or role correction).
CALL () {
  MATCH (p:Post) WHERE p.createdAt < $cutoff RETURN p
  UNION
  // inferred originals that only older posts refer to (see retention-batch.cypher)
  MATCH (p:Post) WHERE p.inferred AND p.createdAt IS NULL
    AND NOT EXISTS { (p)<-[:REPLIES_TO|QUOTES|RETWEETS]-(r:Post) WHERE NOT coalesce(r.createdAt < $cutoff, false) }
  RETURN p
}
WITH count(p) AS posts
RETURN posts, COUNT {
  MATCH (a:Account)
  WHERE (EXISTS { (a)-[:POSTED]->(old:Post) WHERE old.createdAt < $cutoff }
         OR EXISTS { (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(old:Post) WHERE old.createdAt < $cutoff })
    AND NOT EXISTS { (a)-[:POSTED]->(p:Post) WHERE NOT coalesce(p.createdAt < $cutoff, false)
      AND NOT (coalesce(p.inferred, false) AND p.createdAt IS NULL
               AND NOT EXISTS { (p)<-[:REPLIES_TO|QUOTES|RETWEETS]-(r:Post) WHERE NOT coalesce(r.createdAt < $cutoff, false) }) }
    AND NOT EXISTS { (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(p:Post) WHERE NOT p.createdAt < $cutoff OR p.createdAt IS NULL }
    AND NOT EXISTS { (a)-[:LISTED]-() }
    AND NOT EXISTS { MATCH (i:Invitation {platform: a.platform, id: a.id}) RETURN i }
    AND NOT EXISTS { MATCH (c:RoleCorrection) WHERE c.platform = a.platform AND (c.id = a.id OR c.handleLower = a.handleLower) RETURN c }
} AS accounts
