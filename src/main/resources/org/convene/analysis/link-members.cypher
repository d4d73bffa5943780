// Each account to its cluster, found through the unique Cluster id (a seek per account, whatever the planner
// thinks of the community index).
MATCH (a:Account) WHERE a.community IS NOT NULL
MATCH (c:Cluster {id: a.community})
CREATE (a)-[:IN_CLUSTER]->(c)
RETURN count(*) AS members
