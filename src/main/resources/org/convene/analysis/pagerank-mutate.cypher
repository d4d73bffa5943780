// Weighted PageRank over directed interactions, into the projection as 'pagerank'.
CALL gds.pageRank.mutate($graph, $config)
YIELD ranIterations, didConverge, computeMillis
RETURN ranIterations, didConverge, computeMillis
