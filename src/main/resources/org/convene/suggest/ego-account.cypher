// The account at the centre of an ego view.
MATCH (e:Account {platform: $platform, id: $id})
RETURN e.handle AS handle, e.name AS name, coalesce(e.primaryRole, e.roles[0], 'unknown') AS role, e.community AS community
