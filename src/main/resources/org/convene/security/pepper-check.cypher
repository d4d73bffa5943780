// The password pepper's fingerprint (an HMAC of a fixed text under it, which does not reveal it): the first
// Convene to hash a password stores its own; a later one with another pepper is told, instead of writing hashes
// that the server cannot match.
MERGE (p:PasswordPepper)
ON CREATE SET p.check = $check, p.createdAt = datetime()
RETURN p.check AS check
