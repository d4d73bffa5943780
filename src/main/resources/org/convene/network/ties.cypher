// Who interacted with whom, counted by kind, for the Network view's filters. Without a chat or time range
// it reads the derived INTERACTS; with one, it counts from the posts of that chat and period (as
// derive-interacts does; edge-list interactions have neither, so they drop out). Node filters ($role:
// primary role, $cluster: community id) keep ties whose two ends both match; with $roleContacts, a tie with
// one end of the role is kept too (the role's accounts and whom they talk to).
// Parameters: $types (list of reply, mention, retweet, quote), $minWeight, $chat, $from, $to, $role,
// $roleContacts, $cluster
CALL () {
  WITH * WHERE $chat IS NULL AND $from IS NULL AND $to IS NULL
  MATCH (a:Account)-[i:INTERACTS]->(b:Account)
  RETURN a, b, coalesce(i.replies, 0) AS replies, coalesce(i.mentions, 0) AS mentions,
         coalesce(i.retweets, 0) AS retweets, coalesce(i.quotes, 0) AS quotes
  UNION ALL
  WITH * WHERE $chat IS NOT NULL OR $from IS NOT NULL OR $to IS NOT NULL
  CALL () {
    WITH * WHERE $chat IS NOT NULL
    MATCH (:Hashtag {tag: $chat})<-[:TAGGED]-(p:Post)
    RETURN p
    UNION
    WITH * WHERE $chat IS NULL
    MATCH (p:Post) WHERE p.createdAt >= coalesce($from, p.createdAt)
    RETURN p
  }
  WITH p WHERE ($from IS NULL OR p.createdAt >= $from) AND ($to IS NULL OR p.createdAt < $to)
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
  WITH a, b, kind, count(*) AS n
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
  AND ($role IS NULL
       OR coalesce(a.primaryRole, 'unknown') = $role AND coalesce(b.primaryRole, 'unknown') = $role
       OR $roleContacts AND (coalesce(a.primaryRole, 'unknown') = $role OR coalesce(b.primaryRole, 'unknown') = $role))
  AND ($cluster IS NULL OR a.community = $cluster AND b.community = $cluster)
RETURN a.platform + ':' + a.id AS source, b.platform + ':' + b.id AS target,
       replies, mentions, retweets, quotes, weight
