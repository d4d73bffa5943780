// Drops an erased account's handle and id from the accounts listed on links between clusters (any case).
WITH [x IN $names | toLower(x)] AS names
MATCH (:Cluster)-[l:LINKS]->(:Cluster)
WHERE any(x IN l.accounts WHERE toLower(x) IN names)
SET l.accounts = [x IN l.accounts WHERE NOT toLower(x) IN names]
RETURN count(l) AS links
