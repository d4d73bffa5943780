// Accounts by handle, any case, on one platform or on any ($platform null).
MATCH (a:Account {handleLower: $handle})
WHERE $platform IS NULL OR a.platform = $platform
RETURN a.platform AS platform, a.id AS id, a.handle AS handle
ORDER BY platform, id
