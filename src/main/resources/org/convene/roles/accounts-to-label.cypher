// Accounts whose roles come from the rules: every account without a person's correction, with the labels
// they have now, so that accounts whose labels would not change are not rewritten.
MATCH (a:Account)
WHERE coalesce(a.rolesSource, 'rule') <> 'person'
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.name AS name, a.bio AS bio,
       a.roles AS roles, a.primaryRole AS primaryRole, a.rolesSource AS source,
       [(a)-[h:HAS_ROLE]->(r:Role) | {key: r.key, confidence: h.confidence, evidence: h.evidence,
                                      primary: h.primary, source: h.source}] AS stored
