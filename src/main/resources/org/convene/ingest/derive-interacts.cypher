// Rebuilds (Account)-[:INTERACTS]->(Account) from the posts: who replied to, mentioned, retweeted or
// quoted whom, how often, and when first and last. A retweet counts once as a retweet of the original's
// author; the mentions inside the original stay the original author's (no double counting).
MATCH (a:Account)-[:POSTED]->(p:Post)
CALL (a, p) {
  MATCH (p)-[:REPLIES_TO_ACCOUNT]->(b:Account) WHERE b <> a RETURN b, 'reply' AS kind
  UNION
  MATCH (p)-[:REPLIES_TO]->(:Post)<-[:POSTED]-(b:Account) WHERE b <> a RETURN b, 'reply' AS kind
  UNION
  MATCH (p)-[:MENTIONS]->(b:Account) WHERE b <> a RETURN b, 'mention' AS kind
  UNION
  MATCH (p)-[:RETWEETS]->(:Post)<-[:POSTED]-(b:Account) WHERE b <> a RETURN b, 'retweet' AS kind
  UNION
  MATCH (p)-[:QUOTES]->(:Post)<-[:POSTED]-(b:Account) WHERE b <> a RETURN b, 'quote' AS kind
}
WITH a, b, kind, p.createdAt AS at
WITH a, b,
     sum(CASE kind WHEN 'reply' THEN 1 ELSE 0 END) AS replies,
     sum(CASE kind WHEN 'mention' THEN 1 ELSE 0 END) AS mentions,
     sum(CASE kind WHEN 'retweet' THEN 1 ELSE 0 END) AS retweets,
     sum(CASE kind WHEN 'quote' THEN 1 ELSE 0 END) AS quotes,
     min(at) AS first, max(at) AS last
MERGE (a)-[r:INTERACTS]->(b)
SET r.replies = replies, r.mentions = mentions, r.retweets = retweets, r.quotes = quotes,
    r.weight = replies + mentions + retweets + quotes, r.first = first, r.last = last, r.stamp = $stamp
