// When Leiden joins no two accounts (the resolution is too high for any merge to pay), every account is
// its own community.
MATCH (a:Account)
WITH collect(a) AS accounts
UNWIND range(0, size(accounts) - 1) AS i
WITH accounts[i] AS a, i
SET a.community = i
RETURN count(a) AS communities
