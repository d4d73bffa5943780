// Benchmark baseline: the plain UNWIND ... MERGE pattern for a batch of edge-list rows.
UNWIND $batch AS e
MERGE (a:Account {platform: 'twitter', id: e.source})
MERGE (b:Account {platform: 'twitter', id: e.target})
MERGE (a)-[l:LISTED {kind: e.kind, file: $file}]->(b)
SET l.weight = e.weight
