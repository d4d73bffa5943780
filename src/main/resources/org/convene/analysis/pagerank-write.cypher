// Weighted PageRank over directed interactions, written to a.pagerank.
CALL gds.pageRank.write($graph, $config)
YIELD ranIterations, didConverge, nodePropertiesWritten, computeMillis, writeMillis
RETURN ranIterations, didConverge, nodePropertiesWritten, computeMillis, writeMillis
