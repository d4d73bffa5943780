// How many accounts in the whole graph hold each of the roles asked for ($roles: keys), to say why a filtered
// list is short.
UNWIND $roles AS role
RETURN role, COUNT { MATCH (a:Account) WHERE role IN coalesce(a.roles, [a.primaryRole]) RETURN a } AS accounts
