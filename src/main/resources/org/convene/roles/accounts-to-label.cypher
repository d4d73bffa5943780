// Accounts whose roles come from the rules: every account without a person's correction.
MATCH (a:Account)
WHERE coalesce(a.rolesSource, 'rule') <> 'person'
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.name AS name, a.bio AS bio
