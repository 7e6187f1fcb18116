// name: generic-merge-mentions
// description: The generic loader's MENTIONS (benchmark baseline only): both ends by their constrained ids, MERGE the relationship.
// param: rows list — {documentId, entityId, count}
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MATCH (e:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count
