// Erases one account: retweets of its posts (their text is its text), its posts, its invitations and role
// corrections, then the account with every relationship (roles, cluster, influence, INTERACTS, LISTED,
// mentions and replies pointing at it). Posts by others that replied to or quoted its posts stay. Hashtags
// no post uses any more go afterwards (remove-unused-hashtags.cypher).
MATCH (a:Account {platform: $platform, id: $id})
CALL (a) {
  MATCH (a)-[:POSTED]->(:Post)<-[:RETWEETS]-(rt:Post)
  WHERE NOT (a)-[:POSTED]->(rt)
  DETACH DELETE rt
}
CALL (a) {
  MATCH (a)-[:POSTED]->(p:Post)
  DETACH DELETE p
}
CALL (a) {
  MATCH (i:Invitation)
  WHERE i.platform = a.platform AND i.id IN [a.id, '@' + a.handleLower] OR (i)-[:INVITES]->(a)
  DETACH DELETE i
}
CALL (a) {
  MATCH (c:RoleCorrection) WHERE c.platform = a.platform AND (c.id = a.id OR c.handleLower = a.handleLower)
  DELETE c
}
DETACH DELETE a
RETURN count(*) AS erased
