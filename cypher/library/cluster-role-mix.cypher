// A cluster's role mix: how many members have each primary role, their share, and its top members of that
// role by PageRank; with the cluster's label and how the label was made. Needs `convene analyze` first.
// Parameters: $cluster: a Cluster id (see `bridging-clusters` or `MATCH (c:Cluster) RETURN c.id, c.label ORDER BY c.size DESC`)
// Example: convene cypher --param cluster=0 "$(cat cypher/library/cluster-role-mix.cypher)"
MATCH (c:Cluster {id: $cluster})<-[:IN_CLUSTER]-(a:Account)
WITH c, coalesce(a.primaryRole, 'unknown') AS role, a
ORDER BY a.pagerank DESC, a.handleLower
WITH c, role, count(a) AS accounts, collect(a.handle)[..5] AS top
RETURN c.label AS cluster, c.labelReason AS labelMadeFrom, role, accounts,
       round(100.0 * accounts / c.size, 1) AS percent, top
ORDER BY accounts DESC, role;
