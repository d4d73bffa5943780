// Every followed chat, and each of its sittings (when $scopes[i].start is set), as its own disjoint part of
// one projection: an account is projected once per scope it took part in, under the integer id
// i * 2^40 + its node id. GDS PageRank is not normalised over the whole graph, so the parts do not affect
// one another and one call ranks them all (the demo's 60 scopes, one projection each, took 10 to 11 s; the
// fixed cost of a projection and of an algorithm call is about 100 ms). The interactions are those of
// INTERACTS (see ingest/derive-interacts.cypher); a sitting's posts are read from the sitting.
UNWIND range(0, size($scopes) - 1) AS i
WITH i, $scopes[i] AS scope
CALL (scope) {
  MATCH (:Hashtag {tag: scope.tag})<-[:TAGGED]-(p:Post) WHERE scope.start IS NULL
  RETURN p
  UNION ALL
  MATCH (:ChatSession {chat: scope.tag, start: scope.start})<-[:IN_SESSION]-(p:Post)
  RETURN p
}
MATCH (p)<-[:POSTED]-(a:Account)
CALL (a, p) {
  MATCH (p)-[:REPLIES_TO_ACCOUNT|MENTIONS]->(b:Account) WHERE b <> a RETURN b
  UNION ALL
  MATCH (p)-[:REPLIES_TO|RETWEETS|QUOTES]->(:Post)<-[:POSTED]-(b:Account) WHERE b <> a RETURN b
}
WITH i, a, b, count(*) AS w
WITH gds.graph.project($graph, i * 1099511627776 + id(a), i * 1099511627776 + id(b),
       {relationshipProperties: {weight: toFloat(w)}}, {readConcurrency: 1}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
