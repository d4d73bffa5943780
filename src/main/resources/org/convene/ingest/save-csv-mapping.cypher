// Saves a CSV mapping under its name, replacing an older one of the same name.
MERGE (m:CsvMapping {name: $name})
SET m.json = $json, m.updatedAt = datetime()
RETURN m.updatedAt AS updatedAt
