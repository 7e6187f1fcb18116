// name: upsert-mentions
// description: Links documents to the entities they mention. Only new documents and new versions (whose old mentions were removed) come here, so CREATE is safe and spares a MERGE's lookup.
// param: mentions list — {documentId, entityId, count}
UNWIND $mentions AS m
MATCH (d:Document {id: m.documentId})
MATCH (e:Entity {id: m.entityId})
CREATE (d)-[:MENTIONS {count: m.count}]->(e)
