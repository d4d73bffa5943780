// Accounts with no partner of known role have no role diversity and broker nothing.
MATCH (a:Account)
SET a.roleDiversity = 0.0, a.brokerage = 0, a.knownRoleNeighbours = 0
RETURN count(a) AS accounts
