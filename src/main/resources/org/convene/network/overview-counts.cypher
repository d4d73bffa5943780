// Headline figures of the whole graph. The period comes from one scan of the posts (two COLLECT subqueries
// on the same property made the 2026.01 planner fail with "createdAt should not appear non-cached").
CALL () {
  MATCH (p:Post) WHERE p.createdAt IS NOT NULL
  RETURN min(p.createdAt) AS first, max(p.createdAt) AS last
}
RETURN COUNT { (:Account) } AS accounts,
       COUNT { (:Post) } AS posts,
       COUNT { (:Hashtag) } AS hashtags,
       COUNT { (:Chat) } AS chats,
       COUNT { ()-[:INTERACTS]->() } AS interactions,
       COLLECT { MATCH (c:Chat) RETURN c.tag ORDER BY c.tag } AS chatTags,
       first, last
