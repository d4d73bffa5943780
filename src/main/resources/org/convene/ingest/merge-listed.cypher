// Interactions from an edge list: (a)-[:LISTED {kind, file, weight}]->(b). Keyed by kind and file, so
// importing the same file again changes nothing.
UNWIND $edges AS e
MERGE (a:Account {platform: e.platform, id: e.source})
  ON CREATE SET a.handle = e.sourceHandle, a.handleLower = toLower(e.sourceHandle)
MERGE (b:Account {platform: e.platform, id: e.target})
  ON CREATE SET b.handle = e.targetHandle, b.handleLower = toLower(e.targetHandle)
MERGE (a)-[l:LISTED {kind: e.kind, file: $file}]->(b)
SET l.weight = e.weight
