// Weighted PageRank over directed interactions, written to a.pagerank.
CALL gds.pageRank.write($graph, $config)
YIELD ranIterations, didConverge, nodePropertiesWritten
RETURN ranIterations, didConverge, nodePropertiesWritten
