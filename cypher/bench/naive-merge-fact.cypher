// name: naive-merge-fact
// description: The naive loader's fact write (benchmark baseline only): one MERGE per fact, the way loaders are often first written.
// param: facts list — one {id, source, target, type, properties, confidence, documentIds, evidenceCount}
UNWIND $facts AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.documentIds = coalesce(r.documentIds, []) + [d IN row.documentIds WHERE NOT d IN coalesce(r.documentIds, [])],
    r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount
