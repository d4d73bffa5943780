// An original known only from a retweet's text ("RT @handle: text", id rt:..., inferred) whose author's real post
// with that text is in the graph too (the same export holds both rows, or an archive and an API file overlap):
// the retweets, quotes and replies move to the real post and the inferred copy goes, so that the original's
// mentions and its retweets are not counted twice. A retweet's text cut short with '…' matches the start.
UNWIND $accounts AS k
MATCH (a:Account {platform: k.platform, id: k.id})-[:POSTED]->(copy:Post)
WHERE copy.id STARTS WITH 'rt:' AND copy.inferred AND copy.createdAt IS NULL AND copy.text IS NOT NULL
WITH a, copy, trim(copy.text) AS text
WITH a, copy, text, CASE WHEN text ENDS WITH '…' THEN trim(left(text, size(text) - 1))
                         WHEN text ENDS WITH '...' THEN trim(left(text, size(text) - 3)) END AS start
CALL (a, copy, text, start) {
  MATCH (a)-[:POSTED]->(real:Post)
  WHERE real <> copy AND real.createdAt IS NOT NULL AND real.text IS NOT NULL AND NOT real.id STARTS WITH 'rt:'
    AND NOT EXISTS { (real)-[:RETWEETS]->() }
    AND (trim(real.text) = text OR (start IS NOT NULL AND size(start) >= 20 AND trim(real.text) STARTS WITH start))
  RETURN real ORDER BY real.createdAt LIMIT 1
}
CALL (copy, real) {
  MATCH (r:Post)-[:RETWEETS]->(copy) MERGE (r)-[:RETWEETS]->(real)
}
CALL (copy, real) {
  MATCH (r:Post)-[:QUOTES]->(copy) MERGE (r)-[:QUOTES]->(real)
}
CALL (copy, real) {
  MATCH (r:Post)-[:REPLIES_TO]->(copy) MERGE (r)-[:REPLIES_TO]->(real)
}
DETACH DELETE copy
RETURN count(*) AS merged
