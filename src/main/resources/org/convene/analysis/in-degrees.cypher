// In-degree by kind of interaction: how many mentions, replies, retweets and quotes each account received.
MATCH (a:Account)
CALL (a) {
  OPTIONAL MATCH ()-[i:INTERACTS]->(a)
  RETURN sum(coalesce(i.mentions, 0)) AS mentions, sum(coalesce(i.replies, 0)) AS replies,
         sum(coalesce(i.retweets, 0)) AS retweets, sum(coalesce(i.quotes, 0)) AS quotes
}
SET a.inMentions = mentions, a.inReplies = replies, a.inRetweets = retweets, a.inQuotes = quotes
RETURN count(a) AS accounts
