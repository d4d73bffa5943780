// Everyone who posted with the chat's hashtag: when last (null when all their posts are undated, such as the
// original of a retweet; SuggestService counts those only in a chat with no dated post at all), how many posts
// and how many of their own (not retweets), and their role and cluster (null until the roles and analysis
// features have run). In a chat with a weekly schedule only posts in its sittings are taking part (a tweet on
// the hashtag on a Tuesday is not): sittingPosts and lastInSitting count those, scheduled says which applies.
WITH EXISTS { MATCH (:ChatSession {chat: $tag, scheduled: true}) } AS scheduled
MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post)<-[:POSTED]-(a:Account)
WITH scheduled, a, p, scheduled AND EXISTS { (p)-[:IN_SESSION]->(:ChatSession {chat: $tag}) } AS inSitting
WITH scheduled, a, max(p.createdAt) AS lastPost, count(p) AS posts,
     count(CASE WHEN NOT EXISTS { (p)-[:RETWEETS]->() } THEN p END) AS ownPosts,
     count(CASE WHEN inSitting THEN p END) AS sittingPosts, max(CASE WHEN inSitting THEN p.createdAt END) AS lastInSitting
RETURN elementId(a) AS node, lastPost, posts, ownPosts, scheduled, sittingPosts, lastInSitting,
       coalesce(a.primaryRole, a.roles[0], 'unknown') AS role, a.community AS community
