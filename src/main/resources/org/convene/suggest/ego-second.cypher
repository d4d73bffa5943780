// Accounts two steps from an account and not tied to it directly, with their roles (the primary one, and all
// they hold) and the direct contacts (brokers) through whom it reaches them.
MATCH (e:Account {platform: $platform, id: $id})-[:INTERACTS]-(b:Account)
WITH e, collect(DISTINCT b) AS brokers
UNWIND brokers AS b
MATCH (b)-[:INTERACTS]-(t:Account)
WHERE t <> e AND NOT (t)-[:INTERACTS]-(e)
WITH t, collect(DISTINCT coalesce(b.handle, b.id)) AS via
RETURN t.handle AS handle, t.id AS id, coalesce(t.primaryRole, t.roles[0], 'unknown') AS role,
       coalesce(t.roles, CASE WHEN t.primaryRole IS NULL THEN [] ELSE [t.primaryRole] END) AS roles, via
