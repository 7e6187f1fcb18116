// name: update-facts
// description: Adds a batch's contribution to facts that already exist: properties, best confidence, documents and evidence count (exact, because a changed document's old contribution was removed first by refresh-facts).
// param: facts list — {id, source, target, type, properties, confidence, documentIds, evidenceCount}
UNWIND $facts AS row
MATCH (a:Entity {id: row.source})-[r:$(row.type)]->(b:Entity {id: row.target})
WHERE r.id = row.id
SET r += row.properties,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.documentIds = coalesce(r.documentIds, []) + [d IN row.documentIds WHERE NOT d IN coalesce(r.documentIds, [])],
    r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount
