// Administrators other than $username: the last one may be neither removed nor demoted.
MATCH (u:User {role: 'ADMIN'})
WHERE u.username <> $username
RETURN count(u) AS admins
