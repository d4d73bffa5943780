// How many accounts each raw Leiden community holds, to number communities by size (0 = largest).
MATCH (a:Account) WHERE a.community IS NOT NULL
RETURN a.community AS community, count(*) AS size
