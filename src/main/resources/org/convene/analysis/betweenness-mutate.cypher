// Betweenness on the undirected ties (unweighted: a weight would count as distance), into the projection as
// 'betweenness'; $config has samplingSize and samplingSeed when the graph is large.
CALL gds.betweenness.mutate($graph, $config)
YIELD centralityDistribution, computeMillis
RETURN centralityDistribution.max AS max, computeMillis
