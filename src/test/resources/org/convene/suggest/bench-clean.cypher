// Empties the graph between hold-out runs (the benchmark runs alone in its JVM; the graph is a few thousand nodes).
MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:Cluster OR n:Invitation
DETACH DELETE n;
