// Erases one account: retweets of its posts (their text is its text), its posts, its invitations and role
// corrections, then the account with every relationship (roles, cluster, influence, INTERACTS, LISTED,
// mentions and replies pointing at it). Posts by others that replied to or quoted its posts stay.
MATCH (a:Account {platform: $platform, id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:POSTED]->(:Post)-[:TAGGED]->(h:Hashtag)
  RETURN collect(DISTINCT h) AS tags
}
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
  MATCH (i:Invitation {platform: a.platform, id: a.id})
  DETACH DELETE i
}
CALL (a) {
  MATCH (c:RoleCorrection) WHERE c.platform = a.platform AND (c.id = a.id OR c.handleLower = a.handleLower)
  DELETE c
}
DETACH DELETE a
WITH tags
// a hashtag only the account used may name it: it goes, unless it is a followed chat
CALL (tags) {
  UNWIND tags AS h
  WITH h WHERE NOT EXISTS { (h)<-[:TAGGED]-() } AND NOT EXISTS { MATCH (c:Chat {tag: h.tag}) RETURN c }
  DELETE h
}
RETURN count(*) AS erased
