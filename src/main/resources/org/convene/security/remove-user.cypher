MATCH (u:User {username: $username})
DELETE u
RETURN count(*) AS removed
