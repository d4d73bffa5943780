// The role nodes every HAS_ROLE points at; $roles = [{key, name}].
UNWIND $roles AS role
MERGE (r:Role {key: role.key})
SET r.name = role.name
