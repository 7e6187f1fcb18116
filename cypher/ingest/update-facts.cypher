// name: update-facts
// description: Adds a batch's contribution to facts that already exist: properties, best confidence, the latest CAMEO root and QuadClass (null removes them), documents and evidence count (exact, because a changed document's old contribution was removed first by refresh-facts).
// param: facts list — {rid, properties, confidence, cameo, quadClass, documentIds, evidenceCount}; rid is the fact's element id (find-existing-facts)
UNWIND $facts AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rid
SET r += row.properties,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.cameo = row.cameo,
    r.quadClass = row.quadClass,
    r.documentIds = coalesce(r.documentIds, []) + [d IN row.documentIds WHERE NOT d IN coalesce(r.documentIds, [])],
    r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount
