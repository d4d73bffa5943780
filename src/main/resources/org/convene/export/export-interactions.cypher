// Every derived interaction (who replied to, mentioned, retweeted or quoted whom, how often), for export.
MATCH (a:Account)-[i:INTERACTS]->(b:Account)
RETURN a.platform AS sourcePlatform, a.id AS source, b.platform AS targetPlatform, b.id AS target,
       toFloat(i.weight) AS weight, i.replies AS replies, i.mentions AS mentions, i.retweets AS retweets,
       i.quotes AS quotes
ORDER BY sourcePlatform, source, targetPlatform, target
