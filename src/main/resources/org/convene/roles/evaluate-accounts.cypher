// The accounts a person labelled, found by id or else by handle (any case), with what the rules read.
UNWIND $keys AS key
OPTIONAL MATCH (byId:Account {platform: key.platform, id: key.id})
OPTIONAL MATCH (byHandle:Account {handleLower: key.handleLower})
  WHERE byHandle.platform = key.platform
WITH key, head(collect(coalesce(byId, byHandle))) AS a
RETURN key.row AS row, a IS NOT NULL AS found, a.handle AS handle, a.name AS name, a.bio AS bio
ORDER BY row
