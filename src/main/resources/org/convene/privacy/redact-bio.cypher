// Replaces the bio of other accounts that named an erased account (handle blanked out).
UNWIND $accounts AS row
MATCH (a:Account) WHERE elementId(a) = row.account
SET a.bio = row.text
