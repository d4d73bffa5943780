// Other accounts whose bio names the erased account ("Founder & creator of @freedible"): the handle is blanked
// out there too. A scan of the bios: an erasure is rare, and the full-text index would miss "@" forms.
MATCH (a:Account)
WHERE a.bio IS NOT NULL AND toLower(a.bio) CONTAINS '@' + $handleLower
  AND NOT (a.platform = $platform AND a.id = $id)
RETURN elementId(a) AS account, a.bio AS text
