// For each community in $ids: its top accounts by PageRank and its members' most used hashtags, with each
// hashtag's uses (and users) in the whole graph (to find the ones typical of this cluster) and whether it is a followed
// chat's own (which names no cluster). Both subqueries force a seek
// of the community index: planned right after the analysis wrote the communities (the index's statistics not yet
// refreshed), plain USING INDEX sometimes got a scan of the whole index per community (higgs: 27 s, not 0.9 s).
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Account {community: id}) USING INDEX SEEK a:Account(community)
  WITH a ORDER BY a.pagerank DESC, a.handleLower
  LIMIT 5
  RETURN collect(coalesce(a.handle, a.platform + ':' + a.id)) AS topAccounts
}
CALL (id) {
  OPTIONAL MATCH (a:Account {community: id})-[:POSTED]->(:Post)-[:TAGGED]->(h:Hashtag)
  USING INDEX SEEK a:Account(community)
  WITH h, count(*) AS n, count(DISTINCT a) AS people
  ORDER BY n DESC, h.tag
  LIMIT 10
  RETURN [x IN collect({tag: h.tag, n: n, people: people, total: COUNT { (h)<-[:TAGGED]-() },
          chat: EXISTS { MATCH (c:Chat {tag: h.tag}) RETURN c }}) WHERE x.tag IS NOT NULL] AS tags
}
RETURN id, topAccounts, tags
