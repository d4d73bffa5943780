// Drops hashtags that are gone from the clusters' top hashtags, with their use counts (a parallel list).
MATCH (c:Cluster)
WHERE any(t IN $tags WHERE t IN c.topHashtags)
WITH c, [i IN range(0, size(c.topHashtags) - 1) WHERE NOT c.topHashtags[i] IN $tags] AS kept
SET c.topHashtags = [i IN kept | c.topHashtags[i]],
    c.topHashtagUses = [i IN kept | c.topHashtagUses[i]]
