// The accounts with the highest weighted PageRank, as the last analysis wrote it.
MATCH (a:Account)
WHERE a.pagerank IS NOT NULL
RETURN a.handle AS handle, a.id AS id, a.platform AS platform, a.name AS name, coalesce(a.primaryRole, 'unlabelled') AS role, a.pagerank AS pagerank
ORDER BY pagerank DESC, a.handleLower
LIMIT $limit
