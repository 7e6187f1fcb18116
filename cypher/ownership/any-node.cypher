// name: any-node
// description: One row when the database holds at least one node (stops at the first).
MATCH (n)
RETURN 1 AS found
LIMIT 1
