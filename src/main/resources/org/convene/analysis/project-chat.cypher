// The interactions carried by one chat's posts (all of them, or one sitting's when $start is given),
// projected for PageRank; the kinds are those of INTERACTS (see ingest/derive-interacts.cypher).
MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post)<-[:POSTED]-(a:Account)
WHERE $start IS NULL OR EXISTS { (p)-[:IN_SESSION]->(:ChatSession {chat: $tag, start: $start}) }
CALL (a, p) {
  MATCH (p)-[:REPLIES_TO_ACCOUNT|MENTIONS]->(b:Account) WHERE b <> a RETURN b
  UNION ALL
  MATCH (p)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(b:Account) WHERE b <> a RETURN b
}
WITH a, b, count(*) AS w
WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: toFloat(w)}}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
