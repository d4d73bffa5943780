// What erasing one account would remove, counted per kind; nothing is changed. Its name and bio are for
// checking that the erasure log's reason does not identify it.
MATCH (a:Account {platform: $platform, id: $id})
RETURN a.handle AS handle, a.name AS name, a.bio AS bio,
       COUNT { (a)-[:POSTED]->() } AS posts,
       COUNT { (a)-[:POSTED]->(:Post)<-[:RETWEETS]-(:Post) } AS retweetsByOthers,
       COUNT { (:Post)-[:MENTIONS]->(a) } AS mentions,
       COUNT { (:Post)-[:REPLIES_TO_ACCOUNT]->(a) } + COUNT { (a)-[:POSTED]->(:Post)<-[:REPLIES_TO]-(:Post) } AS repliesByOthers,
       COUNT { (a)-[:POSTED]->(:Post)<-[:QUOTES]-(:Post) } AS quotesByOthers,
       COUNT { (a)-[:INTERACTS]-() } AS interactions,
       COUNT { (a)-[:LISTED]-() } AS listed,
       COUNT { (a)-[:HAS_ROLE]->() } AS roleLabels,
       COUNT { MATCH (c:RoleCorrection) WHERE c.platform = a.platform AND (c.id = a.id OR c.handleLower = a.handleLower) RETURN c } AS corrections,
       COUNT { MATCH (i:Invitation) WHERE i.platform = a.platform AND i.id IN [a.id, '@' + a.handleLower] OR (i)-[:INVITES]->(a) RETURN i } AS invitations,
       COUNT { (a)-[:IN_CLUSTER|INFLUENCE]->() } AS analysisLinks
