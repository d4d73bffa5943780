// An account by its platform id, on one of $platforms (an index seek each), for accounts known by id only.
UNWIND $platforms AS p
MATCH (a:Account {platform: p, id: $id})
RETURN a.platform + ':' + a.id AS key, a.handle AS handle
ORDER BY a.pagerank DESC
LIMIT 1
