// Betweenness on the undirected ties (unweighted: a weight would count as distance), written to
// a.betweenness; $config has samplingSize and samplingSeed when the graph is large.
CALL gds.betweenness.write($graph, $config)
YIELD nodePropertiesWritten, centralityDistribution, computeMillis, writeMillis
RETURN nodePropertiesWritten, centralityDistribution.max AS max, computeMillis, writeMillis
