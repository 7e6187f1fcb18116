// name: has-entities
// description: One row when the graph holds at least one of our entities (a label scan stopped at the first).
MATCH (e:Entity)
RETURN 1 AS found
LIMIT 1
