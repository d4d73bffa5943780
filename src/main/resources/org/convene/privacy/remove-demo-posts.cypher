// Removes the demo's posts, by key, and returns the accounts they touched (authors, and those they named), for
// the clean-up after: accounts left with nothing go, the others have their interactions counted again.
UNWIND $ids AS id
MATCH (p:Post {platform: $platform, id: id})
OPTIONAL MATCH (p)-[:MENTIONS|REPLIES_TO_ACCOUNT]->(named:Account)
OPTIONAL MATCH (author:Account)-[:POSTED]->(p)
WITH p, [a IN collect(DISTINCT named) + collect(DISTINCT author) WHERE a IS NOT NULL | {platform: a.platform, id: a.id}] AS touched
DETACH DELETE p
WITH touched UNWIND touched AS t
RETURN collect(DISTINCT t) AS accounts
