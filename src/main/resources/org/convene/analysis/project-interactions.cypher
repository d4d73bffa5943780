// The account graph for the algorithms, projected twice from INTERACTS: as it is (INTERACTS, directed,
// for PageRank: an interaction points at the account it addresses) and undirected (TIES, for Leiden and
// betweenness), both with the interaction count as weight; parallel interactions are summed.
CALL gds.graph.project($graph, 'Account', {
  INTERACTS: {type: 'INTERACTS', orientation: 'NATURAL', aggregation: 'SUM',
              properties: {weight: {property: 'weight', defaultValue: 1.0}}},
  TIES: {type: 'INTERACTS', orientation: 'UNDIRECTED', aggregation: 'SUM',
         properties: {weight: {property: 'weight', defaultValue: 1.0}}}
})
YIELD nodeCount, relationshipCount
RETURN nodeCount, relationshipCount
