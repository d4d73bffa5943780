// Members of each community id in $ids (0 for an id no account holds).
UNWIND $ids AS id
RETURN id, COUNT { MATCH (a:Account {community: id}) } AS size
