// Benchmark baseline: the plain UNWIND ... MERGE pattern for a batch of posts, one statement per batch.
UNWIND $batch AS t
MERGE (a:Account {platform: t.platform, id: t.author})
SET a.handle = t.handle, a.handleLower = toLower(t.handle), a.name = t.name, a.bio = t.bio,
    a.followers = t.followers
MERGE (p:Post {platform: t.platform, id: t.id})
SET p.text = t.text, p.createdAt = t.createdAt, p.lang = t.lang
MERGE (a)-[:POSTED]->(p)
FOREACH (h IN t.tags | MERGE (x:Hashtag {tag: h}) MERGE (p)-[:TAGGED]->(x))
FOREACH (m IN t.mentions | MERGE (x:Account {platform: t.platform, id: m}) MERGE (p)-[:MENTIONS]->(x))
FOREACH (r IN t.replyToAccount | MERGE (x:Account {platform: t.platform, id: r}) MERGE (p)-[:REPLIES_TO_ACCOUNT]->(x))
FOREACH (r IN t.replyToPost | MERGE (x:Post {platform: t.platform, id: r}) MERGE (p)-[:REPLIES_TO]->(x))
FOREACH (r IN t.retweetOf | MERGE (x:Post {platform: t.platform, id: r}) MERGE (p)-[:RETWEETS]->(x))
FOREACH (r IN t.quoteOf | MERGE (x:Post {platform: t.platform, id: r}) MERGE (p)-[:QUOTES]->(x))
