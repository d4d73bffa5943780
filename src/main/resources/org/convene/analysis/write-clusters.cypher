// One Cluster node per summarised community.
UNWIND $clusters AS c
CREATE (cluster:Cluster)
SET cluster = c
RETURN count(cluster) AS clusters
