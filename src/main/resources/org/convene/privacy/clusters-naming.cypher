// Analysis summaries that name an account by handle, or as platform:id when it has none: cluster labels,
// top accounts and the accounts that link two clusters. Compared in lower case: a later import may have
// brought a handle's real capitals ("freedible" in the summary, "Freedible" now).
WITH [x IN $names | toLower(x)] AS names
MATCH (c:Cluster)
WHERE any(a IN coalesce(c.topAccounts, []) WHERE toLower(a) IN names)
   OR any(x IN names WHERE toLower(c.label) CONTAINS CASE WHEN x CONTAINS ':' THEN x ELSE '@' + x END)
RETURN elementId(c) AS cluster, c.topAccounts AS topAccounts, c.label AS label, c.labelReason AS labelReason
