// Second half of a renumbering (see renumber-communities).
MATCH (a:Account) WHERE a.community < 0
SET a.community = -1 - a.community
RETURN count(a) AS moved
