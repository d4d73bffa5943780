// After a rebuild, an INTERACTS edge not stamped by it has lost its posts (e.g. an erased account).
MATCH ()-[r:INTERACTS]->() WHERE r.stamp IS NULL OR r.stamp <> $stamp
DELETE r
