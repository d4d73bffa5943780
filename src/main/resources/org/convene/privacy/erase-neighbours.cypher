// Accounts whose INTERACTS change when this account goes: its partners, and the authors of posts that
// reply to, quote or mention it or its posts.
MATCH (a:Account {platform: $platform, id: $id})
CALL (a) {
  MATCH (a)-[:INTERACTS|LISTED]-(b:Account) RETURN b
  UNION
  MATCH (a)-[:POSTED]->(:Post)<-[:REPLIES_TO|QUOTES|RETWEETS]-(:Post)<-[:POSTED]-(b:Account) RETURN b
  UNION
  MATCH (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(:Post)<-[:POSTED]-(b:Account) RETURN b
}
WITH a, b WHERE b <> a
RETURN DISTINCT b.platform AS platform, b.id AS id
