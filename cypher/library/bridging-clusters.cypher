// Cluster-level bridges: clusters ranked by how far they span the key role groups (nurses, chief executives,
// patients, commissioners by default: `spans`; a group is present with two members, or with one in a cluster of
// ten or fewer), with `bridging` = share of those groups present times the diversity of known roles; and for
// each, the clusters it links to most and the accounts that carry those links.
// Parameters: $limit (default 10: give null)
// Example: convene cypher --param limit=5 "$(cat cypher/library/bridging-clusters.cypher)"
MATCH (c:Cluster)
WITH c ORDER BY c.bridging DESC, c.size DESC, c.id
LIMIT coalesce($limit, 10)
CALL (c) {
  OPTIONAL MATCH (c)-[l:LINKS]-(other:Cluster)
  WITH l, other ORDER BY l.weight DESC, other.id
  LIMIT 3
  RETURN [x IN collect({cluster: other.id, label: other.label, weight: l.weight, through: l.accounts})
          WHERE x.cluster IS NOT NULL] AS links
}
RETURN c.id AS cluster, c.label AS label, c.size AS size, c.spans AS spans, c.bridging AS bridging,
       c.roleMix AS roleMix, links
ORDER BY bridging DESC, size DESC, cluster;
