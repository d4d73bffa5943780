// An account first known by handle only (id '@' + lower-case handle) takes its platform id when a source
// brings it, so it stays one account with all its posts and links; invitations keyed by the old id follow.
UNWIND $accounts AS a
WITH a WHERE NOT a.id STARTS WITH '@' AND a.handle IS NOT NULL
MATCH (old:Account {platform: a.platform, id: '@' + toLower(a.handle)})
WHERE NOT EXISTS { MATCH (:Account {platform: a.platform, id: a.id}) }
SET old.id = a.id
WITH old, a
CALL (old, a) {
  MATCH (i:Invitation {platform: a.platform, id: '@' + toLower(a.handle)})
  SET i.id = a.id
}
