// name: generic-merge-facts
// description: The generic loader's facts of one relationship type (benchmark baseline only; run once per type, as Neo4j's import guidance writes one query per relationship type): both ends by their constrained ids, MERGE the relationship on its id, SET the rest.
// param: type string — the relationship type of every row
// param: rows list — {id, source, target, properties}
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$($type) {id: row.id}]->(b)
SET r += row.properties
