// Entries written before the log dropped its counts lose them (see log-erasure.cypher).
MATCH (e:Erasure) WHERE e.posts IS NOT NULL
SET e = {at: e.at, by: e.by, reason: e.reason}
