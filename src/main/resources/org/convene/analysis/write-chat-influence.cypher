// The top accounts of each scope of the chat projection (project-chat.cypher) by weighted PageRank, linked
// to the chat, or to the sitting when the scope has a start: (a)-[:INFLUENCE {pagerank, rank}]->(Chat|ChatSession).
CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', concurrency: 1})
YIELD nodeId, score
WITH nodeId / 1099511627776 AS i, nodeId % 1099511627776 AS node, score
MATCH (a:Account) WHERE id(a) = node
WITH i, a, score
ORDER BY i, score DESC, a.handleLower
WITH i, collect({a: a, score: score})[0..$top] AS ranked
WITH $scopes[i] AS scope, ranked
OPTIONAL MATCH (chat:Chat {tag: scope.tag}) WHERE scope.start IS NULL
OPTIONAL MATCH (sitting:ChatSession {chat: scope.tag, start: scope.start})
WITH ranked, coalesce(sitting, chat) AS target
UNWIND range(0, size(ranked) - 1) AS k
WITH ranked[k].a AS a, ranked[k].score AS score, k + 1 AS rank, target
MERGE (a)-[r:INFLUENCE]->(target)
SET r.pagerank = score, r.rank = rank
RETURN count(r) AS written
