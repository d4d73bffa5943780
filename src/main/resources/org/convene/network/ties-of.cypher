// One account's ties in both directions, counted by kind, for "expand neighbours": the Network view's
// edge filters apply ($types, $minWeight, $chat, $from, $to), its role and cluster filters do not.
MATCH (x:Account {platform: $platform, id: $id})
CALL (x) {
  WITH * WHERE $chat IS NULL AND $from IS NULL AND $to IS NULL
  CALL (x) {
    MATCH (x)-[i:INTERACTS]->(b:Account) RETURN x AS a, b, i
    UNION
    MATCH (a:Account)-[i:INTERACTS]->(x) RETURN a, x AS b, i
  }
  RETURN a, b, coalesce(i.replies, 0) AS replies, coalesce(i.mentions, 0) AS mentions,
         coalesce(i.retweets, 0) AS retweets, coalesce(i.quotes, 0) AS quotes
  UNION ALL
  WITH * WHERE $chat IS NOT NULL OR $from IS NOT NULL OR $to IS NOT NULL
  CALL (x) {
    MATCH (x)-[:POSTED]->(p:Post) RETURN p
    UNION
    MATCH (x)<-[:REPLIES_TO_ACCOUNT|MENTIONS]-(p:Post) RETURN p
    UNION
    MATCH (x)-[:POSTED]->(:Post)<-[:REPLIES_TO|RETWEETS|QUOTES]-(p:Post) RETURN p
  }
  WITH x, p WHERE ($chat IS NULL OR EXISTS { (p)-[:TAGGED]->(:Hashtag {tag: $chat}) })
    AND ($from IS NULL OR p.createdAt >= $from) AND ($to IS NULL OR p.createdAt < $to)
  MATCH (a:Account)-[:POSTED]->(p)
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
  WITH x, a, b, kind, count(*) AS n WHERE a = x OR b = x
  RETURN a, b, sum(CASE kind WHEN 'reply' THEN n ELSE 0 END) AS replies,
         sum(CASE kind WHEN 'mention' THEN n ELSE 0 END) AS mentions,
         sum(CASE kind WHEN 'retweet' THEN n ELSE 0 END) AS retweets,
         sum(CASE kind WHEN 'quote' THEN n ELSE 0 END) AS quotes
}
WITH a, b,
     CASE WHEN 'reply' IN $types THEN replies ELSE 0 END AS replies,
     CASE WHEN 'mention' IN $types THEN mentions ELSE 0 END AS mentions,
     CASE WHEN 'retweet' IN $types THEN retweets ELSE 0 END AS retweets,
     CASE WHEN 'quote' IN $types THEN quotes ELSE 0 END AS quotes
WITH a, b, replies, mentions, retweets, quotes, replies + mentions + retweets + quotes AS weight
WHERE weight > 0 AND weight >= $minWeight
RETURN a.platform + ':' + a.id AS source, b.platform + ':' + b.id AS target,
       replies, mentions, retweets, quotes, weight
