// Accounts with no partner of known role have no role diversity and broker nothing: values of an earlier
// run go back to 0; accounts never scored keep them missing (= 0), which spares a write to every account.
MATCH (a:Account) WHERE a.brokerage IS NOT NULL
SET a.roleDiversity = 0.0, a.brokerage = 0, a.knownRoleNeighbours = 0
RETURN count(a) AS accounts
