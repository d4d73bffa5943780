// Everyone who posted with a chat's hashtag, with their number of posts and first and last post.
// Parameters: $tag (e.g. 'celiac')
MATCH (a:Account)-[:POSTED]->(p:Post)-[:TAGGED]->(:Hashtag {tag: toLower($tag)})
RETURN coalesce(a.handle, a.platform + ':' + a.id) AS handle, count(p) AS posts, min(p.createdAt) AS first, max(p.createdAt) AS last
ORDER BY posts DESC;
