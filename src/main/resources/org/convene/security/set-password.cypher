MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
RETURN count(u) AS changed
