// Accounts two steps from an account and not tied to it directly, with their roles (the primary one, and all
// they hold), the direct contacts (brokers) through whom it reaches them, and those of the brokers who
// addressed them (a broker only addressed by them, such as a show its fans mention, may not know them).
MATCH (e:Account {platform: $platform, id: $id})-[:INTERACTS]-(b:Account)
WITH e, collect(DISTINCT b) AS brokers
UNWIND brokers AS b
MATCH (b)-[:INTERACTS]-(t:Account)
WHERE t <> e AND NOT (t)-[:INTERACTS]-(e)
WITH t, b, EXISTS { (b)-[:INTERACTS]->(t) } AS addressed
WITH t, collect(DISTINCT coalesce(b.handle, b.id)) AS via,
     [x IN collect(DISTINCT CASE WHEN addressed THEN coalesce(b.handle, b.id) END) WHERE x IS NOT NULL] AS addressedBy
RETURN t.handle AS handle, t.id AS id, coalesce(t.primaryRole, t.roles[0], 'unknown') AS role,
       coalesce(t.roles, CASE WHEN t.primaryRole IS NULL THEN [] ELSE [t.primaryRole] END) AS roles, via, addressedBy
