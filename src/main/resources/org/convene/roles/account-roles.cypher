// The stored roles of some accounts; $accounts = [{platform, id}].
UNWIND $accounts AS ref
MATCH (a:Account {platform: ref.platform, id: ref.id})
RETURN a.platform AS platform, a.id AS id, coalesce(a.roles, []) AS roles
