// Every account that never posted with the hashtag, and how many posts mention or reply to it: the pool of
// the random baseline, and the most-mentioned baseline's ranking.
MATCH (a:Account)
WHERE NOT EXISTS { (a)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: $tag}) }
RETURN a.platform + ' ' + a.id AS key, COUNT { (a)<-[:MENTIONS|REPLIES_TO_ACCOUNT]-(:Post) } AS mentions
ORDER BY mentions DESC, key
