// Headline figures of the whole graph.
RETURN COUNT { (:Account) } AS accounts,
       COUNT { (:Post) } AS posts,
       COUNT { (:Hashtag) } AS hashtags,
       COUNT { (:Chat) } AS chats,
       COUNT { ()-[:INTERACTS]->() } AS interactions,
       COLLECT { MATCH (c:Chat) RETURN c.tag ORDER BY c.tag } AS chatTags,
       COLLECT { MATCH (p:Post) WHERE p.createdAt IS NOT NULL RETURN min(p.createdAt) }[0] AS first,
       COLLECT { MATCH (p:Post) WHERE p.createdAt IS NOT NULL RETURN max(p.createdAt) }[0] AS last
