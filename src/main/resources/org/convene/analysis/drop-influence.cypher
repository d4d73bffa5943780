// Per-chat and per-sitting influence is replaced by each run.
MATCH ()-[r:INFLUENCE]->()
DELETE r
