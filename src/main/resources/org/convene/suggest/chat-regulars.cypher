// Everyone who posted with the chat's hashtag: when last (null when all their posts are undated, such as the
// original of a retweet; SuggestService counts those only in a chat with no dated post at all), how many posts
// and how many of their own (not retweets), and their role and cluster (null until the roles and analysis
// features have run).
MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post)<-[:POSTED]-(a:Account)
WITH a, max(p.createdAt) AS lastPost, count(p) AS posts, count(CASE WHEN NOT EXISTS { (p)-[:RETWEETS]->() } THEN p END) AS ownPosts
RETURN elementId(a) AS node, lastPost, posts, ownPosts,
       coalesce(a.primaryRole, a.roles[0], 'unknown') AS role, a.community AS community
