// Stores (or replaces) a person's correction; $roles has the primary role first.
MERGE (c:RoleCorrection {platform: $platform, id: $id})
SET c.handleLower = $handleLower, c.roles = $roles, c.who = $who, c.at = datetime(), c.note = $note
// the newest correction of an account wins: drop one stored under its other key (handle or id)
WITH c
OPTIONAL MATCH (other:RoleCorrection {platform: $platform, handleLower: $handleLower})
WHERE other <> c AND $handleLower IS NOT NULL
DELETE other
