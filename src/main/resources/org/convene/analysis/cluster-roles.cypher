// Size and role mix (primary roles; none counts as 'unknown') of every community of at least $minSize.
MATCH (a:Account) WHERE a.community IS NOT NULL
WITH a.community AS id, coalesce(a.primaryRole, 'unknown') AS role, count(*) AS n
ORDER BY n DESC, role
WITH id, collect(role) AS roles, collect(n) AS counts, sum(n) AS size
WHERE size >= $minSize
RETURN id, size, roles, counts
ORDER BY id
