// The remembered position of one collection (see CollectState).
MATCH (s:CollectState {source: $source, endpoint: $endpoint, tag: $tag})
RETURN s.since AS since, s.pending AS pending, s.cursor AS cursor, coalesce(s.collected, 0) AS collected
