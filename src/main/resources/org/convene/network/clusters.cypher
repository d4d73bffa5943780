// The clusters analysis found, largest first, to pick one in the Network view.
MATCH (c:Cluster)
RETURN c.id AS id, c.label AS label, c.size AS size
ORDER BY c.size DESC, c.id
