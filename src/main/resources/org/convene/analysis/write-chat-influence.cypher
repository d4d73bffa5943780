// The top accounts of one chat projection by weighted PageRank, linked to the chat, or to the sitting
// when $start is given: (a)-[:INFLUENCE {pagerank, rank}]->(Chat|ChatSession).
CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', concurrency: 1})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS a, score
ORDER BY score DESC, a.handleLower
LIMIT $top
WITH collect({a: a, score: score}) AS ranked
OPTIONAL MATCH (chat:Chat {tag: $tag}) WHERE $start IS NULL
OPTIONAL MATCH (sitting:ChatSession {chat: $tag, start: $start})
WITH ranked, coalesce(sitting, chat) AS scope
UNWIND range(0, size(ranked) - 1) AS i
WITH ranked[i].a AS a, ranked[i].score AS score, i + 1 AS rank, scope
MERGE (a)-[r:INFLUENCE]->(scope)
SET r.pagerank = score, r.rank = rank
RETURN count(r) AS written
