// Every account tied by INTERACTS to an active regular ($regulars: element ids): how many regulars it is tied
// to, and its number of distinct neighbours, for Adamic–Adar.
UNWIND $regulars AS node
MATCH (p:Account) WHERE elementId(p) = node
MATCH (p)-[:INTERACTS]-(z:Account)
WITH z, count(DISTINCT p) AS regulars
RETURN elementId(z) AS node, regulars, size(COLLECT { MATCH (z)-[:INTERACTS]-(n:Account) RETURN DISTINCT n }) AS degree
