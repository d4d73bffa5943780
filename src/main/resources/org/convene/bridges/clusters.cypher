// The clusters of the last analysis (only cluster $id when not null) of at least $minSize members, those with a member of primary role $role
// (null: any), with a member who posted with the hashtag $chat (null: any) and, if $q is not null, with id $qId when the search is a plain number, else whose label, top accounts or top hashtags contain $q (lower case), or that
// has a member with that handle ($exact, for a search that starts with @: only the cluster of that account, by handle or by id on one of $platforms); ordered by $sort ('size',
// 'bridging', 'links' or 'density'), the page of $limit after the first $skip; each with its links to other clusters (strongest
// first, up to 5) and its members who broker most between roles. clusters-count.cypher counts with the same filter.
// Links and brokers are read for the page only: on higgs-mention (2,471 clusters) reading them for every cluster took seconds.
MATCH (c:Cluster)
WHERE ($id IS NULL OR c.id = $id) AND c.size >= $minSize AND ($role IS NULL OR $role IN c.roles)
  AND ($chat IS NULL OR EXISTS { (c)<-[:IN_CLUSTER]-(:Account)-[:POSTED]->(:Post)-[:TAGGED]->(:Hashtag {tag: $chat}) })
  AND ($q IS NULL OR c.id = $qId OR $qId IS NULL AND (
       // "@name" means one account: its cluster only, by handle, or by id for an account without a handle
       $exact AND (any(a IN coalesce(c.topAccounts, []) WHERE toLower(a) = $q)
                   OR EXISTS { MATCH (:Account {handleLower: $q})-[:IN_CLUSTER]->(c) }
                   OR EXISTS { UNWIND $platforms AS p
                               MATCH (:Account {platform: p, id: $q})-[:IN_CLUSTER]->(c) })
       OR NOT $exact AND (toLower(coalesce(c.label, '')) CONTAINS $q
       OR any(a IN coalesce(c.topAccounts, []) WHERE toLower(a) CONTAINS $q)
       OR any(t IN coalesce(c.topHashtags, []) WHERE toLower(t) CONTAINS $q)
       OR EXISTS { MATCH (:Account {handleLower: $q})-[:IN_CLUSTER]->(c) })))
WITH c, CASE WHEN $sort = 'links' THEN reduce(s = 0.0, w IN [(c)-[l:LINKS]-(:Cluster) | l.weight] | s + w) ELSE 0.0 END AS linkWeight
ORDER BY CASE $sort WHEN 'bridging' THEN toFloat(c.bridging) WHEN 'links' THEN toFloat(linkWeight)
                    WHEN 'density' THEN toFloat(c.density) ELSE toFloat(c.size) END DESC, c.size DESC, c.id
SKIP $skip LIMIT $limit
CALL (c) {
  OPTIONAL MATCH (c)-[l:LINKS]-(o:Cluster)
  WITH l, o ORDER BY l.weight DESC, o.id
  WITH collect(CASE WHEN o IS NULL THEN null ELSE {id: o.id, label: o.label, roles: o.roles, weight: l.weight,
                    accounts: l.accounts, linkers: l.linkers} END) AS linked, sum(l.weight) AS across
  RETURN linked[..5] AS links, size(linked) AS linked, coalesce(across, 0.0) AS across
}
CALL (c) {
  OPTIONAL MATCH (a:Account)-[:IN_CLUSTER]->(c) WHERE a.brokerage > 0
  WITH a ORDER BY a.brokerage DESC, a.handleLower
  LIMIT 3
  RETURN [x IN collect({handle: coalesce(a.handle, a.platform + ':' + a.id), role: coalesce(a.primaryRole, 'unknown'),
                        brokerage: a.brokerage}) WHERE x.handle IS NOT NULL] AS brokers
}
RETURN c.id AS id, c.size AS size, c.label AS label, c.labelReason AS labelReason, c.roles AS roles,
       c.roleCounts AS roleCounts, coalesce(c.topAccounts, []) AS topAccounts, coalesce(c.topHashtags, []) AS topHashtags,
       coalesce(c.topWords, []) AS topWords, c.density AS density, coalesce(c.spans, []) AS spans,
       coalesce(c.bridging, 0.0) AS bridging, links, linked, across, brokers
