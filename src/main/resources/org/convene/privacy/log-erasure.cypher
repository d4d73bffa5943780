// One entry in the erasure log: when, by whom, why, and how much of each kind went; never who.
CREATE (e:Erasure {at: datetime(), by: $by, reason: $reason})
SET e += $counts
RETURN e.at AS at
