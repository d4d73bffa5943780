// A small known graph for the analysis tests (platform 'fixture', hashtags fix*): five nurses who all talk
// to each other, a board of three chief executives, a commissioner and a patient who all talk to each other,
// and @bridge (comms) who talks to three nurses and two executives in the #fixchat chat over two weeks.
UNWIND $accounts AS acc
CREATE (:Account {platform: 'fixture', id: acc[0], handle: acc[0], handleLower: toLower(acc[0]),
                  primaryRole: acc[1], roles: [acc[1]], bio: acc[2]})
WITH count(*) AS created
UNWIND range(0, size($posts) - 1) AS i
WITH i, $posts[i] AS p
MATCH (from:Account {platform: 'fixture', id: p[0]}), (to:Account {platform: 'fixture', id: p[1]})
MERGE (h:Hashtag {tag: p[2]})
CREATE (from)-[:POSTED]->(post:Post {platform: 'fixture', id: 'p' + i, text: p[3] + ' @' + to.handle + ' #' + p[2],
        createdAt: datetime($start) + duration({days: p[4], minutes: i % 50})})
CREATE (post)-[:MENTIONS]->(to)
CREATE (post)-[:TAGGED]->(h);
MERGE (:Chat {tag: 'fixchat'});
