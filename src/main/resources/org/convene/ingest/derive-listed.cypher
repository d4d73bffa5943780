// Adds the interactions of imported edge lists (LISTED) to INTERACTS, after derive-interacts.cypher has
// rebuilt the post-based counts in the same run (same $stamp).
MATCH (a:Account)-[l:LISTED]->(b:Account)
WHERE a <> b
WITH a, b,
     sum(CASE l.kind WHEN 'reply' THEN l.weight ELSE 0 END) AS replies,
     sum(CASE l.kind WHEN 'mention' THEN l.weight ELSE 0 END) AS mentions,
     sum(CASE l.kind WHEN 'retweet' THEN l.weight ELSE 0 END) AS retweets,
     sum(CASE l.kind WHEN 'quote' THEN l.weight ELSE 0 END) AS quotes
MERGE (a)-[r:INTERACTS]->(b)
WITH r, replies, mentions, retweets, quotes, r.stamp = $stamp AS fromPosts
SET r.replies = CASE WHEN fromPosts THEN r.replies ELSE 0 END + replies,
    r.mentions = CASE WHEN fromPosts THEN r.mentions ELSE 0 END + mentions,
    r.retweets = CASE WHEN fromPosts THEN r.retweets ELSE 0 END + retweets,
    r.quotes = CASE WHEN fromPosts THEN r.quotes ELSE 0 END + quotes,
    r.stamp = $stamp
SET r.weight = r.replies + r.mentions + r.retweets + r.quotes
