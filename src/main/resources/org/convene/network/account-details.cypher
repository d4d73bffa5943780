// One account for the Network view's side panel: profile, scores, cluster, partners by role and newest posts.
MATCH (a:Account {platform: $platform, id: $id})
OPTIONAL MATCH (a)-[:IN_CLUSTER]->(c:Cluster)
RETURN a.handle AS handle, a.name AS name, a.bio AS bio, a.location AS location, a.followers AS followers,
       a.url AS url, a.pagerank AS pagerank, a.betweenness AS betweenness, a.brokerage AS brokerage,
       a.roleDiversity AS roleDiversity, a.community AS community, c.id AS clusterId, c.label AS cluster,
       COLLECT {
         MATCH (a)-[i:INTERACTS]-(b:Account) WHERE b <> a
         WITH b, sum(i.weight) AS w ORDER BY w DESC
         WITH coalesce(b.primaryRole, 'unknown') AS role, collect(coalesce(b.handle, b.platform + ':' + b.id)) AS handles
         RETURN {role: role, count: size(handles), handles: handles[..5]} AS n ORDER BY n.count DESC
       } AS neighbours,
       COLLECT {
         MATCH (a)-[:POSTED]->(p:Post)
         RETURN {text: p.text, at: p.createdAt} AS post ORDER BY p.createdAt DESC LIMIT 5
       } AS posts
