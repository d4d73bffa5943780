// The most influential accounts in a chat (weighted PageRank on the interactions in its posts), overall and,
// with $start, in one sitting. Needs `convene analyze` first.
// Parameters: $tag: the chat's hashtag, without #; $start: a sitting's start (datetime) or null for the whole chat
// Example: convene cypher --param tag=wenurses "$(cat cypher/library/chat-influencers.cypher)"
OPTIONAL MATCH (chat:Chat {tag: toLower($tag)}) WHERE $start IS NULL
OPTIONAL MATCH (sitting:ChatSession {chat: toLower($tag), start: datetime($start)})
WITH coalesce(sitting, chat) AS scope
MATCH (a:Account)-[r:INFLUENCE]->(scope)
RETURN r.rank AS rank, coalesce(a.handle, a.platform + ':' + a.id) AS handle, coalesce(a.primaryRole, 'unknown') AS role, r.pagerank AS pagerank,
       a.pagerank AS overallPagerank
ORDER BY rank;
