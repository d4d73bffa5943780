// A chat's posts in time order, for reading and coding them: when, who (with their primary role), what kind
// (post, reply, retweet or quote) and the text. $from and $to narrow it to a period ($to not included).
// Parameters: $tag: the chat's hashtag, without #; $from, $to: datetimes or their text (e.g.
//             2014-06-08T00:00:00Z), null for no bound; $limit (default 500: give null)
// Example: convene cypher --param tag=celiac --param from=2014-06-08T00:00:00Z --param to=2014-06-09T00:00:00Z "$(cat cypher/library/chat-posts.cypher)"
MATCH (a:Account)-[:POSTED]->(p:Post)-[:TAGGED]->(:Hashtag {tag: toLower($tag)})
WHERE ($from IS NULL OR p.createdAt >= datetime($from)) AND ($to IS NULL OR p.createdAt < datetime($to))
RETURN p.createdAt AS at, coalesce(a.handle, a.platform + ':' + a.id) AS account,
       coalesce(a.primaryRole, 'unknown') AS role,
       CASE WHEN EXISTS { (p)-[:RETWEETS]->() } THEN 'retweet'
            WHEN EXISTS { (p)-[:QUOTES]->() } THEN 'quote'
            WHEN EXISTS { (p)-[:REPLIES_TO|REPLIES_TO_ACCOUNT]->() } THEN 'reply'
            ELSE 'post' END AS kind,
       p.text AS text, coalesce(p.url, p.platform + ':' + p.id) AS post
ORDER BY at, post
LIMIT coalesce($limit, 500);
