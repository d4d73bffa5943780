// Leiden on the undirected, weighted ties; writes the community id of each account to a.community.
// $config carries relationshipTypes, gamma (the resolution), randomSeed and concurrency.
CALL gds.leiden.write($graph, $config)
YIELD communityCount, modularity, ranLevels, didConverge, nodePropertiesWritten, computeMillis, writeMillis
RETURN communityCount, modularity, ranLevels, didConverge, nodePropertiesWritten, computeMillis, writeMillis
