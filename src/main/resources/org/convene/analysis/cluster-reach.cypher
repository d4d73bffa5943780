// How many other communities each account's interaction partners belong to: the accounts that link
// clusters to each other have a high clusterReach.
MATCH (a:Account)
SET a.clusterReach = size(COLLECT {
  MATCH (a)-[:INTERACTS]-(b:Account) WHERE b.community <> a.community RETURN DISTINCT b.community
})
RETURN count(a) AS accounts
