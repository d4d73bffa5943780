// Hashtags used together: pairs of hashtags in the same post, with how many posts and accounts used them
// together (retweets left out: they repeat their original's tags). With $tag, only the pairs with that hashtag.
// Parameters: $tag: a hashtag without #, or null for every pair; $limit (default 25: give null)
// Example: convene cypher --param tag=celiac "$(cat cypher/library/hashtag-co-occurrence.cypher)"
MATCH (h1:Hashtag)<-[:TAGGED]-(p:Post)-[:TAGGED]->(h2:Hashtag)
WHERE h1.tag < h2.tag AND ($tag IS NULL OR toLower($tag) IN [h1.tag, h2.tag])
  AND NOT EXISTS { (p)-[:RETWEETS]->() }
MATCH (a:Account)-[:POSTED]->(p)
RETURN h1.tag AS tag1, h2.tag AS tag2, count(DISTINCT p) AS posts, count(DISTINCT a) AS accounts
ORDER BY posts DESC, tag1, tag2
LIMIT coalesce($limit, 25);
