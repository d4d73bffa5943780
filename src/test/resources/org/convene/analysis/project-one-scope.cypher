// The test's yardstick for project-chat.cypher: one chat's interactions (or one sitting's, when $start is
// given) projected alone, as the influence step did before all scopes shared one projection.
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
