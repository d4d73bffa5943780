// First half of a renumbering: the members of each community $moves.from are parked at -1 - to, so that a
// batch never meets accounts another batch has already moved (ids may swap). unpark-communities finishes.
UNWIND $moves AS m
MATCH (a:Account {community: m.from})
SET a.community = -1 - m.to
RETURN count(a) AS moved
