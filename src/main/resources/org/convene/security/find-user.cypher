// One user by (lower-case) name, with the hash the sign-in compares against.
MATCH (u:User {username: $username})
RETURN u.username AS username, u.passwordHash AS passwordHash, u.role AS role, toString(u.createdAt) AS createdAt
