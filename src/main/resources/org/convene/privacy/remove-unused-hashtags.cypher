// Hashtags no post uses any more (after an erasure or a retention run), unless a followed chat's: one only
// the erased account used may name it, or name its condition. Returns their tags, for the cluster summaries.
MATCH (h:Hashtag)
WHERE NOT EXISTS { (h)<-[:TAGGED]-() } AND NOT EXISTS { MATCH (c:Chat {tag: h.tag}) RETURN c }
WITH h, h.tag AS tag
DELETE h
RETURN collect(tag) AS tags
