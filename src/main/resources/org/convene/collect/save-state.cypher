// Saved after every page, so a stopped or failed run continues from the last page written.
MERGE (s:CollectState {source: $source, endpoint: $endpoint, tag: $tag})
SET s.since = $since, s.pending = $pending, s.cursor = $cursor, s.collected = $collected,
    s.updatedAt = datetime()
