// Every derived interaction (who replied to, mentioned, retweeted or quoted whom, how often, first and last when), for export.
MATCH (a:Account)-[i:INTERACTS]->(b:Account)
RETURN a.platform AS sourcePlatform, a.id AS source, b.platform AS targetPlatform, b.id AS target,
       toFloat(i.weight) AS weight, i.replies AS replies, i.mentions AS mentions, i.retweets AS retweets,
       i.quotes AS quotes, toString(i.first) AS first, toString(i.last) AS last
ORDER BY sourcePlatform, source, targetPlatform, target
