// Whether a chat can be named: some post carries its hashtag, or it is a chat the graph follows.
RETURN EXISTS { (:Hashtag {tag: $chat})<-[:TAGGED]-(:Post) } OR EXISTS { (:Chat {tag: $chat}) } AS known
