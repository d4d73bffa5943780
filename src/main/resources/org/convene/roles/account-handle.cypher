// The handle of one account, to find its correction again if it later changes id.
MATCH (a:Account {platform: $platform, id: $id})
RETURN a.handle AS handle
