// Writes back a cluster summary without the erased account, and drops it from the clusters' links.
UNWIND $clusters AS row
MATCH (c:Cluster) WHERE elementId(c) = row.cluster
SET c.topAccounts = row.topAccounts, c.label = row.label, c.labelReason = row.labelReason
