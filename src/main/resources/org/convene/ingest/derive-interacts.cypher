// Rebuilds (Account)-[:INTERACTS]->(Account) for the given accounts, from their posts and from imported
// edge lists (LISTED): whom they replied to, mentioned, retweeted or quoted, how often (an edge list's
// weight counts as that many), and when first and last. A retweet counts once as a retweet of the
// original's author; the mentions inside the original stay the original author's (no double counting).
UNWIND $accounts AS k
MATCH (a:Account {platform: k.platform, id: k.id})
CALL (a) {
  MATCH (a)-[:POSTED]->(p:Post)
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
  RETURN b, kind, 1 AS n, p.createdAt AS at
  UNION ALL
  MATCH (a)-[l:LISTED]->(b:Account) WHERE b <> a
  RETURN b, l.kind AS kind, l.weight AS n, null AS at
}
WITH a, b,
     sum(CASE kind WHEN 'reply' THEN n ELSE 0 END) AS replies,
     sum(CASE kind WHEN 'mention' THEN n ELSE 0 END) AS mentions,
     sum(CASE kind WHEN 'retweet' THEN n ELSE 0 END) AS retweets,
     sum(CASE kind WHEN 'quote' THEN n ELSE 0 END) AS quotes,
     min(at) AS first, max(at) AS last
MERGE (a)-[r:INTERACTS]->(b)
SET r.replies = replies, r.mentions = mentions, r.retweets = retweets, r.quotes = quotes,
    r.weight = replies + mentions + retweets + quotes, r.first = first, r.last = last, r.stamp = $stamp
