// name: update-facts
// description: Adds a batch's contribution to facts that already exist (their ends are locked by this transaction): properties, best confidence, the latest CAMEO root and QuadClass (null removes them), documents (kept sorted, so the result does not depend on which batch came first) and evidence count (exact, because a changed document's old contribution was removed first by refresh-facts).
// param: facts list — {rid, properties, confidence, cameo, quadClass, documentIds, evidenceCount}; rid is the fact's element id (find-existing-facts)
UNWIND $facts AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rid
SET r += row.properties,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.cameo = row.cameo,
    r.quadClass = row.quadClass,
    r.documentIds = reduce(acc = coalesce(r.documentIds, []), d IN row.documentIds | CASE WHEN d IN acc THEN acc ELSE [x IN acc WHERE x < d] + d + [x IN acc WHERE x > d] END),
    r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount
