// Whether an analysis has run: the newest AnalysisRun's time and how many clusters it left.
OPTIONAL MATCH (r:AnalysisRun)
WITH r ORDER BY r.at DESC LIMIT 1
RETURN toString(r.at) AS at, COUNT { (:Cluster) } AS clusters
