// Accounts ranked by how many other accounts interact with them (reachedBy: accounts, not interactions), then by
// how many posts they wrote.
// Parameters: $limit (e.g. 20)
MATCH (a:Account)
RETURN coalesce(a.handle, a.platform + ':' + a.id) AS handle, a.bio AS bio,
       COUNT { (a)-[:POSTED]->() } AS posts,
       COUNT { ()-[:INTERACTS]->(a) } AS reachedBy
ORDER BY reachedBy DESC, posts DESC
LIMIT coalesce($limit, 20);
