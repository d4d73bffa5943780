// Analysis summaries that name an account by handle or id: cluster labels, top accounts and the accounts
// that link two clusters.
MATCH (c:Cluster)
WHERE any(x IN $names WHERE x IN c.topAccounts) OR any(x IN $names WHERE c.label CONTAINS '@' + x)
RETURN elementId(c) AS cluster, c.topAccounts AS topAccounts, c.label AS label, c.labelReason AS labelReason
