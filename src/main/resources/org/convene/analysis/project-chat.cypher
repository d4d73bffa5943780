// The interactions carried by one chat's posts (all of them, or one sitting's when $start is given),
// projected for PageRank; the kinds are those of INTERACTS (see ingest/derive-interacts.cypher). A sitting's
// posts are read from the sitting, not filtered from all the chat's posts once per sitting. One reading
// thread: a scope is small, and each projection's fixed cost (about 100 ms) fell by a third with it (demo:
// the influence step 13 s before, 10 s after, for 2 chats and 58 sittings).
CALL () {
  MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post) WHERE $start IS NULL
  RETURN p
  UNION ALL
  MATCH (:ChatSession {chat: $tag, start: $start})<-[:IN_SESSION]-(p:Post)
  RETURN p
}
MATCH (p)<-[:POSTED]-(a:Account)
CALL (a, p) {
  MATCH (p)-[:REPLIES_TO_ACCOUNT|MENTIONS]->(b:Account) WHERE b <> a RETURN b
  UNION ALL
  MATCH (p)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(b:Account) WHERE b <> a RETURN b
}
WITH a, b, count(*) AS w
WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: toFloat(w)}}, {readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
