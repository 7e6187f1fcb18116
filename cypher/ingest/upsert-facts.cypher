// name: upsert-facts
// description: Creates or updates typed facts between entities; documentIds accumulate across documents.
// param: facts list — {id, source, target, type, properties, confidence, documentIds}
UNWIND $facts AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties
SET r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.documentIds = coalesce(r.documentIds, []) + [d IN row.documentIds WHERE NOT d IN coalesce(r.documentIds, [])]
