// A small graph around one account to erase (pv_victim), the way an import, labelling, analysis and a
// host's invitations leave it. Platform 'privfix' keeps it apart from other tests' data.
CREATE (v:Account {platform: 'privfix', id: '101', handle: 'Pv_Victim', handleLower: 'pv_victim', name: 'Vic Tim',
                   bio: 'Nurse, private person', primaryRole: 'nurse', roles: ['nurse'], community: 900, pagerank: 2.0})
CREATE (f:Account {platform: 'privfix', id: '102', handle: 'pv_friend', handleLower: 'pv_friend', name: 'Fran',
                   bio: 'Friend', community: 900, pagerank: 1.0})
CREATE (o:Account {platform: 'privfix', id: '103', handle: 'pv_other', handleLower: 'pv_other', name: 'Otto',
                   bio: 'Other', community: 901, pagerank: 0.5})
CREATE (l:Account {platform: 'privfix', id: '104', handle: 'pv_lister', handleLower: 'pv_lister', community: 901})
// an account whose only post is a retweet of the victim's: erasing the victim leaves it with nothing
CREATE (e:Account {platform: 'privfix', id: '107', handle: 'pv_echo', handleLower: 'pv_echo', bio: 'Echo bio'})
MERGE (role:Role {key: 'nurse'})
CREATE (v)-[:HAS_ROLE {confidence: 0.9, source: 'rule', primary: true}]->(role)
MERGE (ht:Hashtag {tag: 'pvsecret'})
MERGE (chatTag:Hashtag {tag: 'pvchat'})
MERGE (chat:Chat {tag: 'pvchat'})
CREATE (vp1:Post {platform: 'privfix', id: 'p1', text: 'My diagnosis story #pvsecret #pvchat @pv_friend', createdAt: datetime('2026-01-01T20:00:00Z')})
CREATE (vp2:Post {platform: 'privfix', id: 'p2', text: 'Second thought #pvchat', createdAt: datetime('2026-01-02T20:00:00Z')})
CREATE (v)-[:POSTED]->(vp1), (v)-[:POSTED]->(vp2)
CREATE (vp1)-[:TAGGED]->(ht), (vp1)-[:TAGGED]->(chatTag), (vp2)-[:TAGGED]->(chatTag)
CREATE (vp1)-[:MENTIONS]->(f)
CREATE (fr:Post {platform: 'privfix', id: 'p3', text: '@Pv_Victim so sorry to hear, @pv_victim2 too', createdAt: datetime('2026-01-01T20:05:00Z')})
CREATE (f)-[:POSTED]->(fr), (fr)-[:REPLIES_TO]->(vp1), (fr)-[:TAGGED]->(chatTag)
CREATE (oq:Post {platform: 'privfix', id: 'p4', text: 'Worth reading, thanks @PV_VICTIM!', createdAt: datetime('2026-01-02T21:00:00Z')})
CREATE (o)-[:POSTED]->(oq), (oq)-[:QUOTES]->(vp2), (oq)-[:MENTIONS]->(v)
CREATE (ort:Post {platform: 'privfix', id: 'p5', text: 'RT @Pv_Victim: My diagnosis story', createdAt: datetime('2026-01-01T21:00:00Z')})
CREATE (o)-[:POSTED]->(ort), (ort)-[:RETWEETS]->(vp1)
CREATE (op:Post {platform: 'privfix', id: 'p6', text: 'Hello @pv_friend', createdAt: datetime('2026-01-03T20:00:00Z')})
CREATE (o)-[:POSTED]->(op), (op)-[:MENTIONS]->(f)
CREATE (ert:Post {platform: 'privfix', id: 'p11', text: 'RT @Pv_Victim: My diagnosis story', createdAt: datetime('2026-01-02T22:00:00Z')})
CREATE (e)-[:POSTED]->(ert), (ert)-[:RETWEETS]->(vp1)
// a retweet of a post that mentions the victim: its text is the original's, so it names the victim too
CREATE (fm:Post {platform: 'privfix', id: 'p12', text: 'Great chat with @Pv_Victim', createdAt: datetime('2026-01-02T21:30:00Z')})
CREATE (f)-[:POSTED]->(fm), (fm)-[:MENTIONS]->(v)
CREATE (ofm:Post {platform: 'privfix', id: 'p13', text: 'RT @pv_friend: Great chat with @Pv_Victim', createdAt: datetime('2026-01-02T21:40:00Z')})
CREATE (o)-[:POSTED]->(ofm), (ofm)-[:RETWEETS]->(fm)
CREATE (l)-[:LISTED {kind: 'mention', weight: 2, file: 'edges.txt'}]->(v)
CREATE (:Invitation {chat: 'pvchat', platform: 'privfix', id: '101', status: 'invited', by: 'host'})-[:INVITES]->(v)
CREATE (:RoleCorrection {platform: 'privfix', id: '@pv_victim', handleLower: 'pv_victim', roles: ['nurse'], who: 'host'})
CREATE (c1:Cluster {id: 900, size: 2, topAccounts: ['Pv_Victim', 'pv_friend'], label: '#pvchat · nurses · @Pv_Victim',
                    topHashtags: ['pvsecret', 'pvchat'], topHashtagUses: [1, 3],
                    labelReason: '#pvchat: 3 of its 3 uses are by members; nurses: the most common known role, 1 of 2 members; @Pv_Victim: highest PageRank in the cluster'})
CREATE (c2:Cluster {id: 901, size: 2, topAccounts: ['pv_other', 'pv_lister'], label: '@pv_other', labelReason: '@pv_other: highest PageRank in the cluster'})
CREATE (c1)-[:LINKS {weight: 3, accounts: ['Pv_Victim', 'pv_other'], linkers: 2}]->(c2)
CREATE (v)-[:IN_CLUSTER]->(c1), (f)-[:IN_CLUSTER]->(c1), (o)-[:IN_CLUSTER]->(c2)
CREATE (v)-[:INFLUENCE {pagerank: 2.0, rank: 1}]->(chat);
