// The timed posts of one chat's hashtag, oldest first, for grouping into sessions.
MATCH (p:Post)-[:TAGGED]->(:Hashtag {tag: $tag})
WHERE p.createdAt IS NOT NULL
RETURN p.platform AS platform, p.id AS id, p.createdAt AS at
ORDER BY at
