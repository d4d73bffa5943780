// Every interaction between two accounts, with its weight.
MATCH (a:Account)-[r:INTERACTS]->(b:Account)
RETURN a.platform + ':' + a.id AS source, b.platform + ':' + b.id AS target, r.weight AS weight
