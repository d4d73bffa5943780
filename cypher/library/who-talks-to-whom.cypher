// The strongest ties in the graph: who replied to, mentioned, retweeted or quoted whom, and how often.
// Parameters: $limit (e.g. 25)
MATCH (a:Account)-[i:INTERACTS]->(b:Account)
RETURN coalesce(a.handle, a.platform + ':' + a.id) AS from, coalesce(b.handle, b.platform + ':' + b.id) AS to, i.replies AS replies, i.mentions AS mentions,
       i.retweets AS retweets, i.quotes AS quotes, i.weight AS weight
ORDER BY weight DESC
LIMIT coalesce($limit, 25);
