// The most influential accounts in a chat (weighted PageRank on the interactions in its posts), overall and,
// with $start, in one sitting. Needs `convene analyze` first.
// Parameters: $tag: the chat's hashtag, without #; $start: a sitting's start as chat-sessions-over-time gives
//             it (a datetime, or its text with milliseconds, e.g. 2014-06-08T07:50:23.763Z), or null for the whole chat
// Example: convene cypher --param tag=celiac "$(cat cypher/library/chat-influencers.cypher)"
// No rows: the tag is not a followed chat (MATCH (c:Chat) RETURN c.tag), no sitting starts then, or no analysis yet.
OPTIONAL MATCH (chat:Chat {tag: toLower($tag)}) WHERE $start IS NULL
// the same instant in any zone: a driver hands a stored ...Z back as ...Z[UTC], which = would not match
OPTIONAL MATCH (sitting:ChatSession {chat: toLower($tag)}) WHERE sitting.start.epochMillis = datetime($start).epochMillis
WITH coalesce(sitting, chat) AS scope
MATCH (a:Account)-[r:INFLUENCE]->(scope)
RETURN r.rank AS rank, coalesce(a.handle, a.platform + ':' + a.id) AS handle, coalesce(a.primaryRole, 'unknown') AS role, r.pagerank AS pagerank,
       a.pagerank AS overallPagerank
ORDER BY rank;
