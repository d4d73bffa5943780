// What a retention run would remove: posts created before $cutoff, and the accounts left with nothing
// (no post and no post naming them that stays, no edge-list row, no invitation or role correction).
// A post goes when it is older than the cut-off, or is an original known only from a retweet, quote or reply
// to it (inferred, undated) that nothing newer or undated refers to (see retention-batch.cypher); the test is
// written out wherever a post is weighed, so that the count matches what a run removes.
CALL () {
  MATCH (p:Post) WHERE p.createdAt < $cutoff RETURN p
  UNION
  MATCH (p:Post) WHERE p.inferred AND p.createdAt IS NULL
    AND NOT EXISTS { (p)<-[:REPLIES_TO|QUOTES|RETWEETS]-(r:Post) WHERE NOT coalesce(r.createdAt < $cutoff, false) }
  RETURN p
}
WITH count(p) AS posts
CALL () {
  MATCH (a:Account)
  WHERE NOT EXISTS { (a)-[:LISTED]-() }
    AND NOT EXISTS { MATCH (i:Invitation) WHERE i.platform = a.platform AND i.id IN [a.id, '@' + a.handleLower] OR (i)-[:INVITES]->(a) RETURN i }
    AND NOT EXISTS { MATCH (c:RoleCorrection) WHERE c.platform = a.platform AND (c.id = a.id OR c.handleLower = a.handleLower) RETURN c }
  CALL (a) {
    MATCH (a)-[:POSTED]->(p:Post) RETURN p
    UNION
    MATCH (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(p:Post) RETURN p
  }
  WITH a, p, coalesce(p.createdAt < $cutoff, false)
      OR (coalesce(p.inferred, false) AND p.createdAt IS NULL
          AND NOT EXISTS { (p)<-[:REPLIES_TO|QUOTES|RETWEETS]-(r:Post) WHERE NOT coalesce(r.createdAt < $cutoff, false) }) AS goes
  WITH a, all(g IN collect(goes) WHERE g) AS nothingStays
  WHERE nothingStays
  RETURN count(a) AS accounts
}
RETURN posts, accounts
