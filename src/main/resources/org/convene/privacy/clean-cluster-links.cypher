// Drops an erased account's handle and id from the accounts listed on links between clusters.
MATCH (:Cluster)-[l:LINKS]->(:Cluster)
WHERE any(x IN $names WHERE x IN l.accounts)
SET l.accounts = [x IN l.accounts WHERE NOT x IN $names]
RETURN count(l) AS links
