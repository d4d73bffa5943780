// One entry in the erasure log: when, by whom and why; never who, nor how much (the counts of posts,
// mentions and retweets single an account out among the public posts).
CREATE (e:Erasure {at: datetime(), by: $by, reason: $reason})
RETURN e.at AS at
