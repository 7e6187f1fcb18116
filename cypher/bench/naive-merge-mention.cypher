// name: naive-merge-mention
// description: The naive loader's mention write (benchmark baseline only): one MERGE per mention.
// param: mentions list — one {documentId, entityId, count}
UNWIND $mentions AS m
MATCH (d:Document {id: m.documentId})
MATCH (e:Entity {id: m.entityId})
MERGE (d)-[r:MENTIONS]->(e)
SET r.count = m.count
