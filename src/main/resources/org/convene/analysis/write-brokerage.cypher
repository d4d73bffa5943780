UNWIND $rows AS r
MATCH (a:Account) WHERE elementId(a) = r.x
SET a.roleDiversity = r.diversity, a.brokerage = r.brokerage, a.knownRoleNeighbours = r.known
RETURN count(a) AS accounts
