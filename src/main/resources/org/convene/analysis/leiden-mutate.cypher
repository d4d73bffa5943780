// Leiden on the undirected, weighted ties; the community id of each account goes into the projection
// (written to the graph with the other scores, in one pass: see write-scores.cypher).
// $config carries relationshipTypes, gamma (the resolution), randomSeed and concurrency.
CALL gds.leiden.mutate($graph, $config)
YIELD communityCount, modularity, ranLevels, didConverge, computeMillis
RETURN communityCount, modularity, ranLevels, didConverge, computeMillis
