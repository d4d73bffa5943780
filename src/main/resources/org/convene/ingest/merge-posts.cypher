// Posts with their author, hashtags, mentions, replies, retweets and quotes. Every referenced account
// was merged by merge-accounts.cypher in the same transaction. A referenced post not (yet) imported is
// kept as a post with its id only, and filled in when it arrives.
UNWIND $posts AS p
MERGE (post:Post {platform: p.platform, id: p.id})
SET post.text = coalesce(p.text, post.text), post.createdAt = coalesce(p.createdAt, post.createdAt),
    post.lang = coalesce(p.lang, post.lang), post.url = coalesce(p.url, post.url),
    post.inferred = CASE WHEN p.inferred THEN coalesce(post.inferred, true) ELSE null END
WITH post, p
MATCH (author:Account {platform: p.platform, id: p.author})
MERGE (author)-[:POSTED]->(post)
FOREACH (t IN p.tags | MERGE (h:Hashtag {tag: t}) MERGE (post)-[:TAGGED]->(h))
FOREACH (m IN p.mentions |
  MERGE (acc:Account {platform: p.platform, id: m}) MERGE (post)-[:MENTIONS]->(acc))
FOREACH (r IN CASE WHEN p.replyToAccount IS NULL THEN [] ELSE [p.replyToAccount] END |
  MERGE (acc:Account {platform: p.platform, id: r})
  MERGE (post)-[rel:REPLIES_TO_ACCOUNT]->(acc) SET rel.inferred = p.replyInferred)
FOREACH (parent IN CASE WHEN p.replyToPost IS NULL THEN [] ELSE [p.replyToPost] END |
  MERGE (pp:Post {platform: p.platform, id: parent}) MERGE (post)-[:REPLIES_TO]->(pp))
FOREACH (o IN CASE WHEN p.retweetOf IS NULL THEN [] ELSE [p.retweetOf] END |
  MERGE (op:Post {platform: p.platform, id: o}) MERGE (post)-[:RETWEETS]->(op))
FOREACH (q IN CASE WHEN p.quoteOf IS NULL THEN [] ELSE [p.quoteOf] END |
  MERGE (qp:Post {platform: p.platform, id: q}) MERGE (post)-[:QUOTES]->(qp))
FOREACH (c IN $chats |
  MERGE (chat:Chat {tag: c}) ON CREATE SET chat.name = '#' + c)
