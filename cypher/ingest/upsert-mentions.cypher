// name: upsert-mentions
// description: Links documents to the entities they mention. Only new documents and new versions (whose old mentions were removed) come here, so CREATE is safe and spares a MERGE's lookup.
// param: mentions list — {d, e, count}: element ids of the document and the entity
UNWIND $mentions AS m
MATCH (d) WHERE elementId(d) = m.d
MATCH (e) WHERE elementId(e) = m.e
CREATE (d)-[:MENTIONS {count: m.count}]->(e)
