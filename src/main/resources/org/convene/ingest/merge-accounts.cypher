// One row per account, newest sighting per account already chosen by the writer (seen), with the batch's
// earliest sighting of it (firstSeen).
// Profile fields follow the newest sighting; a bare reference (seen IS NULL) never overwrites them.
UNWIND $accounts AS a
MERGE (x:Account {platform: a.platform, id: a.id})
  ON CREATE SET x.handle = a.handle, x.handleLower = toLower(a.handle)
WITH x, a WHERE a.seen IS NOT NULL
SET x.firstSeen = CASE WHEN x.firstSeen IS NULL OR a.firstSeen < x.firstSeen THEN a.firstSeen ELSE x.firstSeen END,
    x.lastSeen = CASE WHEN x.lastSeen IS NULL OR a.seen > x.lastSeen THEN a.seen ELSE x.lastSeen END
WITH x, a WHERE x.profileSeen IS NULL OR a.seen >= x.profileSeen
SET x.handle = a.handle, x.handleLower = toLower(a.handle), x.name = coalesce(a.name, x.name),
    x.bio = coalesce(a.bio, x.bio), x.location = coalesce(a.location, x.location),
    x.followers = coalesce(a.followers, x.followers), x.url = coalesce(a.url, x.url), x.profileSeen = a.seen
