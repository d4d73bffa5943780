// The accounts a labelling sample is drawn from: those with a bio, and if $tag is given (lower case, no '#')
// only those who posted with that hashtag. Sorted, so that one seed draws the same sample again.
MATCH (a:Account)
WHERE a.bio IS NOT NULL AND trim(a.bio) <> ''
  AND ($tag IS NULL OR EXISTS { (a)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: $tag}) })
RETURN a.platform AS platform, a.id AS id
ORDER BY platform, id
