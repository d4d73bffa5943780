// Accounts with a post carrying the hashtag at or after the cut-off.
MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(p:Post)<-[:POSTED]-(a:Account)
WHERE p.createdAt >= $cutoff
RETURN DISTINCT a.platform + ' ' + a.id AS key
