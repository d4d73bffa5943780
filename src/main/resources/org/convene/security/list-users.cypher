// Every user, without password hashes.
MATCH (u:User)
RETURN u.username AS username, null AS passwordHash, u.role AS role, toString(u.createdAt) AS createdAt
ORDER BY u.username
