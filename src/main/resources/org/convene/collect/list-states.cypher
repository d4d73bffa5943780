// Every collection Convene remembers, most recently active first.
MATCH (s:CollectState)
RETURN s.source AS source, s.endpoint AS endpoint, s.tag AS tag, s.since AS since, s.cursor AS cursor,
       coalesce(s.collected, 0) AS collected, s.updatedAt AS updatedAt
ORDER BY s.updatedAt DESC
