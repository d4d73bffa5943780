// Accounts with this handle, in any case; $platform null = any platform.
MATCH (a:Account {handleLower: toLower($handle)})
WHERE $platform IS NULL OR a.platform = $platform
RETURN a.platform AS platform, a.id AS id, a.handle AS handle
ORDER BY a.platform, a.id
LIMIT 5
