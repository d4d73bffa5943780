MATCH (u:User {username: $username})
SET u.role = $role
RETURN count(u) AS changed
