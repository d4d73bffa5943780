// Posts by others that name this account (mention or reply to it) or reply to or quote its posts, and
// retweets of those (a retweet's text is its original's, and the mentions stay with the original): their
// text keeps the post, but the account's handle in it is blanked out.
MATCH (a:Account {platform: $platform, id: $id})
CALL (a) {
  MATCH (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(p:Post) RETURN p
  UNION
  MATCH (a)-[:POSTED]->(:Post)<-[:REPLIES_TO|QUOTES]-(p:Post) RETURN p
  UNION
  MATCH (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(:Post)<-[:RETWEETS]-(p:Post) RETURN p
  UNION
  MATCH (a)-[:POSTED]->(:Post)<-[:REPLIES_TO|QUOTES]-(:Post)<-[:RETWEETS]-(p:Post) RETURN p
}
WITH a, p WHERE NOT (a)-[:POSTED]->(p) AND p.text IS NOT NULL
RETURN elementId(p) AS post, p.text AS text
