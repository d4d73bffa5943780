// Whether an analysis has run: the newest AnalysisRun's time, how many clusters it left, and how many role
// corrections were made after it (the clusters' stored role mix does not count them until the next analysis).
OPTIONAL MATCH (r:AnalysisRun)
WITH r ORDER BY r.at DESC LIMIT 1
RETURN toString(r.at) AS at, COUNT { (:Cluster) } AS clusters,
       CASE WHEN r IS NULL THEN 0 ELSE COUNT { MATCH (c:RoleCorrection) WHERE c.at > r.at } END AS correctedSince
