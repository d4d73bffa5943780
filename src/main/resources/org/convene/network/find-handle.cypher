// Accounts whose handle is this one, any case (an index look-up on handleLower); most influential first.
MATCH (a:Account {handleLower: toLower($handle)})
RETURN a.platform + ':' + a.id AS key, a.handle AS handle
ORDER BY a.pagerank DESC
LIMIT 1
