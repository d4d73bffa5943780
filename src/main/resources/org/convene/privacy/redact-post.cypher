// Replaces the text of other people's posts that named an erased account (handle blanked out). An original
// known only from an old-style retweet has an id made from a hash of its author's handle and its text
// (OldStyleRetweet): with the text changed, that hash would let anyone try handles until one matched, so it
// gets a random id instead.
UNWIND $posts AS row
MATCH (p:Post) WHERE elementId(p) = row.post
SET p.text = row.text,
    p.id = CASE WHEN p.id STARTS WITH 'rt:' THEN 'rt:erased-' + randomUUID() ELSE p.id END
