// Deletes one saved CSV mapping; returns how many were deleted (0 or 1).
OPTIONAL MATCH (m:CsvMapping {name: $name})
DETACH DELETE m
RETURN count(m) AS deleted
