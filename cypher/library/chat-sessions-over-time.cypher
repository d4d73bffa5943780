// A chat's sittings over time: posts and participants per sitting, how many were newcomers (first sitting
// they posted in) and how many returners (posted in an earlier sitting).
// Sittings follow the chat's weekly schedule (convene chat schedule). A hashtag without one, such as a topic
// tag used all week, is cut wherever 90 minutes pass without a post: that gives day-long "sittings" and single
// posts, to be read as bursts of activity rather than chat sessions.
// Parameters: $tag: the chat's hashtag, without # (e.g. 'celiac')
// Example: convene cypher --param tag=celiac "$(cat cypher/library/chat-sessions-over-time.cypher)"
MATCH (s:ChatSession {chat: toLower($tag)})<-[:IN_SESSION]-(:Post)<-[:POSTED]-(a:Account)
WITH a, s ORDER BY s.start
WITH a, collect(DISTINCT s) AS sittings
WITH a, sittings[0] AS firstSitting, sittings
UNWIND sittings AS s
WITH s, count(a) AS participants, sum(CASE WHEN s = firstSitting THEN 1 ELSE 0 END) AS newcomers
RETURN s.start AS start, s.end AS end, s.posts AS posts, participants, newcomers,
       participants - newcomers AS returners
ORDER BY start;
