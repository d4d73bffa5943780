// Every account's scores in one table, for R, pandas or a spreadsheet: roles, community and cluster, influence,
// brokerage and posts. roleDiversity, brokerage, knownRoleNeighbours and clusterReach are 0 for an analysed
// account with nothing to count, and null for one imported since the last analysis (no community yet).
// Parameters: $role: a primary role key, or null for every account; $limit (default 100000: give null)
// Example: convene cypher --param role=nurse "$(cat cypher/library/account-scores.cypher)"
MATCH (a:Account)
WHERE $role IS NULL OR coalesce(a.primaryRole, 'unknown') = toLower($role)
OPTIONAL MATCH (a)-[:IN_CLUSTER]->(c:Cluster)
WITH a, c, a.community IS NOT NULL AS analysed
RETURN coalesce(a.handle, a.platform + ':' + a.id) AS account, a.platform AS platform,
       coalesce(a.primaryRole, 'unknown') AS primaryRole, a.roles AS roles, a.community AS community,
       c.label AS cluster, a.pagerank AS pagerank, a.betweenness AS betweenness,
       a.inMentions AS inMentions, a.inReplies AS inReplies, a.inRetweets AS inRetweets, a.inQuotes AS inQuotes,
       CASE WHEN analysed THEN coalesce(a.roleDiversity, 0.0) END AS roleDiversity,
       CASE WHEN analysed THEN coalesce(a.brokerage, 0) END AS brokerage,
       CASE WHEN analysed THEN coalesce(a.knownRoleNeighbours, 0) END AS knownRoleNeighbours,
       CASE WHEN analysed THEN coalesce(a.clusterReach, 0) END AS clusterReach,
       COUNT { (a)-[:POSTED]->() } AS posts
ORDER BY pagerank DESC, account
LIMIT coalesce($limit, 100000);
