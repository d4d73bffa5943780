// Everyone who posted with the chat's hashtag: when last (null when all their posts are undated, such as the
// original of a retweet; SuggestService counts those only in a chat with no dated post at all), and their
// role and cluster (null until the roles and analysis features have run).
MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post)<-[:POSTED]-(a:Account)
WITH a, max(p.createdAt) AS lastPost
RETURN elementId(a) AS node, lastPost,
       coalesce(a.primaryRole, a.roles[0], 'unknown') AS role, a.community AS community
