// The unique constraint user_name refuses a second user of the same name.
CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, createdAt: datetime()})
RETURN u.username AS username
