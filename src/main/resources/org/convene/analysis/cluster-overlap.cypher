// The last run's clusters (still linked to their members) and, for each, the new community holding more than
// half of its members, with how many: a cluster that kept most of its people keeps its id.
MATCH (c:Cluster)
OPTIONAL CALL (c) {
  MATCH (a:Account)-[:IN_CLUSTER]->(c) WHERE a.community IS NOT NULL
  WITH a.community AS now, count(*) AS shared
  WHERE shared * 2 > c.size
  RETURN now, shared
}
RETURN c.id AS before, c.size AS size, now, shared
ORDER BY before
