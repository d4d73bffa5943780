// Values this graph holds for the library's usual parameters, offered when a query's own example is not in the
// graph (the examples name #wenurses and @nhsengland): the followed chat with the most posts, the account with
// the highest PageRank, the largest cluster; and whether the given examples are there.
CALL () {
  OPTIONAL MATCH (c:Chat)
  WITH c, COUNT { (:Post)-[:TAGGED]->(:Hashtag {tag: c.tag}) } AS posts
  ORDER BY posts DESC, c.tag LIMIT 1
  RETURN c.tag AS tag
}
CALL () {
  OPTIONAL MATCH (a:Account) WHERE a.pagerank IS NOT NULL
  WITH a ORDER BY a.pagerank DESC, a.handleLower LIMIT 1
  RETURN a.handle AS handle
}
CALL () {
  OPTIONAL MATCH (c:Cluster)
  WITH c ORDER BY c.size DESC, c.id LIMIT 1
  RETURN c.id AS cluster
}
RETURN tag, handle, cluster,
       EXISTS { MATCH (h:Hashtag) WHERE h.tag = toLower($tag) RETURN h } AS tagFound,
       EXISTS { MATCH (a:Account) WHERE a.handleLower = toLower($handle) RETURN a } AS handleFound,
       EXISTS { MATCH (c:Cluster) WHERE c.id = $cluster RETURN c } AS clusterFound
