// The chat's posts, and how many of them carry each other hashtag (the 100 most used).
MATCH (h:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post)
WITH h, count(p) AS posts
MATCH (h)<-[:TAGGED]-(:Post)-[:TAGGED]->(t:Hashtag)
WHERE t <> h
WITH posts, t.tag AS tag, count(*) AS n
ORDER BY n DESC LIMIT 100
RETURN posts, tag, n
