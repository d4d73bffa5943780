// Puts corrections on their accounts: the person's roles replace every label, and the account is marked
// so that labelling leaves it alone. An account first known by handle ('@' + handle) and later by its
// platform id is still found through handleLower. $platform/$id null = every correction.
MATCH (c:RoleCorrection)
WHERE $id IS NULL OR (c.platform = $platform AND c.id = $id)
CALL (c) {
  OPTIONAL MATCH (byId:Account {platform: c.platform, id: c.id})
  OPTIONAL MATCH (byHandle:Account {platform: c.platform, handleLower: c.handleLower})
  WITH coalesce(byId, byHandle) AS a
  WHERE a IS NOT NULL
  RETURN a
  LIMIT 1
}
OPTIONAL MATCH (a)-[old:HAS_ROLE]->(:Role)
DELETE old
WITH DISTINCT c, a
SET a.roles = c.roles, a.primaryRole = c.roles[0], a.rolesSource = 'person'
WITH c, a
UNWIND range(0, size(c.roles) - 1) AS i
MATCH (r:Role {key: c.roles[i]})
CREATE (a)-[:HAS_ROLE {confidence: 1.0, evidence: ['corrected by ' + c.who], source: 'person', primary: i = 0}]->(r)
RETURN count(DISTINCT a) AS applied
