// Cluster-to-cluster bridges: linked clusters where one side has members of role $roleA and the other of role
// $roleB (each pair once), strongest link first, at most $limit, with the accounts that carry the link (the
// members, of either side, with most interactions across) and how many members of each role each side has.
MATCH (c1:Cluster)-[l:LINKS]->(c2:Cluster)
WHERE ($roleA IN c1.roles AND $roleB IN c2.roles) OR ($roleB IN c1.roles AND $roleA IN c2.roles)
WITH c1, c2, l
ORDER BY l.weight DESC, c1.id, c2.id
LIMIT $limit
RETURN c1.id AS fromId, c1.label AS fromLabel, c1.size AS fromSize,
       [i IN range(0, size(c1.roles) - 1) WHERE c1.roles[i] IN [$roleA, $roleB] | {role: c1.roles[i], n: c1.roleCounts[i]}] AS fromRoles,
       c2.id AS toId, c2.label AS toLabel, c2.size AS toSize,
       [i IN range(0, size(c2.roles) - 1) WHERE c2.roles[i] IN [$roleA, $roleB] | {role: c2.roles[i], n: c2.roleCounts[i]}] AS toRoles,
       l.weight AS weight, coalesce(l.accounts, []) AS accounts, coalesce(l.linkers, 0) AS linkers
