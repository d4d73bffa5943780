// Whether the bundled demo is in the store: loaded and not removed since.
OPTIONAL MATCH (m:ConveneMeta {key: 'demo'})
RETURN m IS NOT NULL AND m.removedAt IS NULL AS present
