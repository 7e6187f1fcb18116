// name: upsert-mentions
// description: Links documents to the entities they mention, with the number of mentions.
// param: mentions list — {documentId, entityId, count}
UNWIND $mentions AS m
MATCH (d:Document {id: m.documentId})
MATCH (e:Entity {id: m.entityId})
MERGE (d)-[r:MENTIONS]->(e)
SET r.count = m.count
