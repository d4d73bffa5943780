// The account an administrator names: by handle (any case, without @) or by id, on one platform or any.
MATCH (a:Account)
WHERE (a.handleLower = $handle OR a.id = $id) AND ($platform IS NULL OR a.platform = $platform)
RETURN a.platform AS platform, a.id AS id, a.handle AS handle
ORDER BY platform, id
