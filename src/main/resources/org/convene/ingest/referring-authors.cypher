// Authors whose posts reply to, retweet or quote a post of the given accounts: their INTERACTS change when
// those posts gain an author (an original imported after its retweets).
UNWIND $accounts AS k
MATCH (:Account {platform: k.platform, id: k.id})-[:POSTED]->(:Post)<-[:REPLIES_TO|RETWEETS|QUOTES]-(:Post)<-[:POSTED]-(b:Account)
RETURN DISTINCT b.platform AS platform, b.id AS id
