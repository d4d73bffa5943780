// Every account, the followed chats it posted in, and its weighted interaction degree.
MATCH (a:Account)
CALL (a) {
  OPTIONAL MATCH (a)-[:POSTED]->(:Post)-[:TAGGED]->(h:Hashtag)
  WHERE EXISTS { MATCH (:Chat {tag: h.tag}) }
  RETURN collect(DISTINCT h.tag) AS chats
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:INTERACTS]-()
  RETURN coalesce(sum(r.weight), 0) AS degree
}
RETURN a.platform + ':' + a.id AS key, a.handle AS handle, chats, degree
ORDER BY key
