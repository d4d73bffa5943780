// What the Network view draws for each account: handle, primary role, community, cluster and influence.
UNWIND $keys AS k
MATCH (a:Account {platform: k.platform, id: k.id})
OPTIONAL MATCH (a)-[:IN_CLUSTER]->(c:Cluster)
RETURN a.platform + ':' + a.id AS key, a.handle AS handle, coalesce(a.primaryRole, 'unknown') AS role,
       a.community AS community, c.label AS cluster, a.pagerank AS pagerank
