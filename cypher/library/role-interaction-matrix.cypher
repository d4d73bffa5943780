// Who talks to whom, by role: the interactions from accounts of one primary role to accounts of another (a
// role-by-role matrix, long form), with how many pairs of accounts carry them and the count of each kind.
// Parameters: $knownOnly: true to leave out accounts of unknown role (default false: give null)
// Example: convene cypher --param knownOnly=true "$(cat cypher/library/role-interaction-matrix.cypher)"
MATCH (a:Account)-[i:INTERACTS]->(b:Account)
WITH coalesce(a.primaryRole, 'unknown') AS fromRole, coalesce(b.primaryRole, 'unknown') AS toRole, i
WHERE NOT coalesce($knownOnly, false) OR (fromRole <> 'unknown' AND toRole <> 'unknown')
RETURN fromRole, toRole, sum(i.weight) AS interactions, count(*) AS pairs, sum(i.replies) AS replies,
       sum(i.mentions) AS mentions, sum(i.retweets) AS retweets, sum(i.quotes) AS quotes
ORDER BY interactions DESC, fromRole, toRole;
