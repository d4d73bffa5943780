// Replaces raw Leiden ids with ids by size; $ids maps the raw id (as text) to the new one.
MATCH (a:Account) WHERE a.community IS NOT NULL
SET a.community = $ids[toString(a.community)]
