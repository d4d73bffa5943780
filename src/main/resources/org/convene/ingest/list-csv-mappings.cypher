// Every saved CSV mapping, or the one named (when $name is not null).
MATCH (m:CsvMapping)
WHERE $name IS NULL OR m.name = $name
RETURN m.name AS name, m.json AS json, m.updatedAt AS updatedAt
ORDER BY name
