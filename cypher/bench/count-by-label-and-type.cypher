// name: count-by-label-and-type
// description: Nodes per label and relationships per type (the benchmark's check that two loaders wrote the same graph).
CALL () { MATCH (n) UNWIND labels(n) AS label RETURN 'label ' + label AS key, count(*) AS count }
RETURN key, count
UNION ALL
CALL () { MATCH ()-[r]->() RETURN 'type ' + type(r) AS key, count(*) AS count }
RETURN key, count
