// One Cluster node per summarised community, each account linked to its cluster.
UNWIND $clusters AS c
CREATE (cluster:Cluster)
SET cluster = c
WITH cluster
MATCH (a:Account {community: cluster.id})
CREATE (a)-[:IN_CLUSTER]->(cluster)
RETURN count(DISTINCT cluster) AS clusters, count(a) AS members
