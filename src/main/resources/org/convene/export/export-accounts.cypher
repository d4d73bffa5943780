// Every account with its profile and analysis results, for export.
MATCH (a:Account)
OPTIONAL MATCH (a)-[:IN_CLUSTER]->(c:Cluster)
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.name AS displayName, a.bio AS bio,
       a.followers AS followers, coalesce(a.primaryRole, 'unknown') AS primaryRole,
       CASE WHEN a.roles IS NULL THEN null ELSE reduce(s = '', r IN a.roles | s + CASE s WHEN '' THEN '' ELSE ';' END + r) END AS roles,
       a.community AS community, c.label AS cluster, a.pagerank AS pagerank, a.betweenness AS betweenness,
       a.inMentions AS inMentions, a.inReplies AS inReplies, a.inRetweets AS inRetweets, a.inQuotes AS inQuotes,
       // missing means 0 for an analysed account (no partner of known role, no other community reached); an account
       // imported since the last analysis (no community yet) has none of them
       CASE WHEN a.community IS NULL THEN null ELSE coalesce(a.roleDiversity, 0.0) END AS roleDiversity,
       CASE WHEN a.community IS NULL THEN null ELSE coalesce(a.brokerage, 0) END AS brokerage,
       CASE WHEN a.community IS NULL THEN null ELSE coalesce(a.knownRoleNeighbours, 0) END AS knownRoleNeighbours,
       CASE WHEN a.community IS NULL THEN null ELSE coalesce(a.clusterReach, 0) END AS clusterReach
ORDER BY platform, id
