// The hold-out benchmark's own analysis (the analysis feature may not be there): PageRank and Leiden clusters
// over INTERACTS, undirected and weighted, written to a.pagerank and a.community.
MATCH (a:Account)-[r:INTERACTS]->(b:Account)
WITH gds.graph.project('bench-suggest', a, b, {relationshipProperties: {weight: toFloat(r.weight)}},
                       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName;
CALL gds.pageRank.write('bench-suggest', {writeProperty: 'pagerank', relationshipWeightProperty: 'weight'})
YIELD nodePropertiesWritten RETURN nodePropertiesWritten;
CALL gds.leiden.write('bench-suggest', {writeProperty: 'community', relationshipWeightProperty: 'weight',
                                        randomSeed: 42, concurrency: 1})
YIELD communityCount RETURN communityCount;
CALL gds.graph.drop('bench-suggest') YIELD graphName RETURN graphName;
