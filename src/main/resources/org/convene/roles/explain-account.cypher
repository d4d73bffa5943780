// One account's stored roles with their evidence, and the correction that applies to it, if any.
MATCH (a:Account {platform: $platform, id: $id})
OPTIONAL MATCH (c:RoleCorrection {platform: a.platform})
WHERE c.id = a.id OR c.handleLower = a.handleLower
WITH a, head(collect(c)) AS c
RETURN a.handle AS handle, a.name AS name, a.bio AS bio, a.roles AS roles, a.primaryRole AS primaryRole,
       COLLECT {
         MATCH (a)-[h:HAS_ROLE]->(r:Role)
         RETURN {key: r.key, confidence: h.confidence, evidence: h.evidence, source: h.source, primary: h.primary}
         ORDER BY h.primary DESC, h.confidence DESC, r.key
       } AS labels,
       CASE WHEN c IS NULL THEN null ELSE {roles: c.roles, who: c.who, at: toString(c.at), note: c.note} END AS correction
