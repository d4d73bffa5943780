// The erasure log, newest first.
MATCH (e:Erasure)
RETURN e {.*} AS entry
ORDER BY e.at DESC
LIMIT $limit
