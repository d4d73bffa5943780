// Analysis summaries that name an account by handle, or as platform:id when it has none: cluster labels,
// top accounts and the accounts that link two clusters.
MATCH (c:Cluster)
WHERE any(x IN $names WHERE x IN c.topAccounts)
   OR any(x IN $names WHERE c.label CONTAINS CASE WHEN x CONTAINS ':' THEN x ELSE '@' + x END)
RETURN elementId(c) AS cluster, c.topAccounts AS topAccounts, c.label AS label, c.labelReason AS labelReason
