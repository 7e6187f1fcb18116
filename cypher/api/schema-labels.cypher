// name: schema-labels
// description: Node labels with their counts.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY count DESC, label
