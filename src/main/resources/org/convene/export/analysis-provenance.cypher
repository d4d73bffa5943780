// The last analysis, for the description an export carries (none: the row's values are null).
OPTIONAL MATCH (r:AnalysisRun)
WITH r ORDER BY r.at DESC LIMIT 1
RETURN toString(r.at) AS at, r.seed AS seed, r.resolution AS resolution, r.modularity AS modularity
