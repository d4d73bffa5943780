// How many accounts have each primary role ('unlabelled' before roles were labelled), most first.
MATCH (a:Account)
RETURN coalesce(a.primaryRole, 'unlabelled') AS role, count(*) AS accounts
ORDER BY accounts DESC, role
