// How many accounts have each primary role, and how many of them a person corrected.
MATCH (a:Account)
RETURN coalesce(a.primaryRole, 'unlabelled') AS role, count(*) AS accounts,
       count(CASE WHEN a.rolesSource = 'person' THEN 1 END) AS corrected
ORDER BY accounts DESC, role
