// Replaces the rule labels of a batch of accounts; $rows = [{platform, id, labels: [{key, confidence,
// evidence, primary}]}], primary first. An account a person corrected meanwhile is left alone.
UNWIND $rows AS row
MATCH (a:Account {platform: row.platform, id: row.id})
WHERE coalesce(a.rolesSource, 'rule') <> 'person'
OPTIONAL MATCH (a)-[old:HAS_ROLE]->(:Role)
DELETE old
WITH DISTINCT a, row
SET a.roles = [l IN row.labels | l.key], a.primaryRole = row.labels[0].key, a.rolesSource = 'rule'
WITH a, row
UNWIND row.labels AS l
MATCH (r:Role {key: l.key})
CREATE (a)-[:HAS_ROLE {confidence: l.confidence, evidence: l.evidence, source: 'rule', primary: l.primary}]->(r)
