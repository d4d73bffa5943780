// Every account whose INTERACTS a full rebuild must visit: those with posts or edge-list rows, and those
// with INTERACTS edges that may have lost them.
MATCH (a:Account) WHERE EXISTS { (a)-[:POSTED|LISTED|INTERACTS]->() }
RETURN a.platform AS platform, a.id AS id
