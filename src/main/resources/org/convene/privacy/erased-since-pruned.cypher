// Whether an erasure was logged after the transaction logs were last pruned (ConveneMeta 'history', set by
// EmbeddedNeo4j.forgetHistory): one made by a command pointed at this server over Bolt, which cannot prune them.
OPTIONAL MATCH (e:Erasure)
WITH max(e.at) AS last
OPTIONAL MATCH (m:ConveneMeta {key: 'history'})
RETURN last IS NOT NULL AND (m.forgottenAt IS NULL OR last > m.forgottenAt) AS due
