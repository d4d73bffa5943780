// Accounts that posted with the hashtag.
MATCH (:Hashtag {tag: $tag})<-[:TAGGED]-(:Post)<-[:POSTED]-(a:Account)
RETURN DISTINCT a.platform + ' ' + a.id AS key
