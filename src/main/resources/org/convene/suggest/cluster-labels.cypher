// Labels of the clusters named in reasons, where the analysis gave them one.
MATCH (c:Cluster) WHERE c.id IN $ids AND c.label IS NOT NULL
RETURN c.id AS id, c.label AS label
