// The account a user names: by handle (any case, without @) or by platform id, on one platform or any
// ($platform null). More than one row means the name is ambiguous.
MATCH (a:Account)
WHERE (a.handleLower = $handle OR a.id = $id) AND ($platform IS NULL OR a.platform = $platform)
RETURN a.platform AS platform, a.id AS id, a.handle AS handle
ORDER BY platform, id
