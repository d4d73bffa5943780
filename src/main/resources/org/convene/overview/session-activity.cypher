// Each sitting of one chat in time order: how many accounts posted in it, how many of them for the first
// time in this chat (newcomers) and how many had posted in an earlier sitting (returners).
MATCH (s:ChatSession {chat: $chat})<-[:IN_SESSION]-(:Post)<-[:POSTED]-(a:Account)
WITH a, min(s.start) AS first, collect(DISTINCT s) AS sittings
UNWIND sittings AS s
WITH s, count(a) AS participants, count(CASE WHEN s.start = first THEN 1 END) AS newcomers
RETURN s.start AS start, s.posts AS posts, participants, newcomers, participants - newcomers AS returners
ORDER BY start
