// Accounts the rules found no cue in (most accounts of an edge list: a handle only) all get the same label,
// unknown with no evidence; written as a list of ids with the role looked up once, about twice as fast as
// write-rule-labels.cypher. Only for accounts never labelled (nothing to replace); one a person corrected, or
// that was labelled meanwhile, is left alone. $platform, $ids, $label = {key, confidence, evidence, primary}.
MATCH (r:Role {key: $label.key})
UNWIND $ids AS id
MATCH (a:Account {platform: $platform, id: id})
WHERE a.rolesSource IS NULL
SET a.roles = [$label.key], a.primaryRole = $label.key, a.rolesSource = 'rule'
CREATE (a)-[:HAS_ROLE {confidence: $label.confidence, evidence: $label.evidence, source: 'rule', primary: true}]->(r)
