// Replaces the text of other people's posts that named an erased account (handle blanked out).
UNWIND $posts AS row
MATCH (p:Post) WHERE elementId(p) = row.post
SET p.text = row.text
