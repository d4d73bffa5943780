// Linked pairs of accounts inside each community (a pair linked both ways counts once), for density.
MATCH (a:Account)-[:INTERACTS]->(b:Account)
WHERE a.community = b.community AND a <> b
  AND NOT (elementId(b) < elementId(a) AND EXISTS { (b)-[:INTERACTS]->(a) })
RETURN a.community AS id, count(*) AS pairs
