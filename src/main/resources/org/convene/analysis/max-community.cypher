// The highest community id in use, or -1.
MATCH (a:Account) WHERE a.community IS NOT NULL
RETURN coalesce(max(a.community), -1) AS id
