// Every account tied by INTERACTS to an active regular ($regulars: element ids), with the regulars it is tied
// to (weight each way) and its number of distinct neighbours, for Adamic–Adar.
UNWIND $regulars AS node
MATCH (p:Account) WHERE elementId(p) = node
MATCH (p)-[r:INTERACTS]-(z:Account)
WITH z, p, sum(CASE WHEN startNode(r) = p THEN r.weight ELSE 0 END) AS toZ,
     sum(CASE WHEN startNode(r) = z THEN r.weight ELSE 0 END) AS fromZ
WITH z, collect({regular: elementId(p), toZ: toZ, fromZ: fromZ}) AS ties
RETURN elementId(z) AS node, ties, size(COLLECT { MATCH (z)-[:INTERACTS]-(n:Account) RETURN DISTINCT n }) AS degree
