// Removes what fixture.cypher and the tests wrote.
MATCH (n)
WHERE (n:Account AND n.platform = 'fixture') OR (n:Post AND n.platform = 'fixture') OR (n:Hashtag AND n.tag STARTS WITH 'fx')
   OR (n:Cluster AND n.id >= 9001 AND n.id <= 9003) OR (n:Invitation AND n.platform = 'fixture')
   OR (n:ChatSession AND n.chat STARTS WITH 'fx')
DETACH DELETE n;
