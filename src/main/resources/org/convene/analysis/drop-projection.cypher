// Frees a projection's memory; a missing one is not an error (the drop runs in every finally).
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
