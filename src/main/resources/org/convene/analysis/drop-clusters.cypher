// Clusters belong to one run: the previous run's go, with their IN_CLUSTER and LINKS.
MATCH (c:Cluster)
DETACH DELETE c
