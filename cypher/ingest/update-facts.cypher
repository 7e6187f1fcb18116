// name: update-facts
// description: Adds a batch's contribution to facts that already exist: properties, best confidence, the latest CAMEO root and QuadClass (null removes them), documents and evidence count (exact, because a changed document's old contribution was removed first by refresh-facts); the EARLIEST date with its words (partial ISO dates compare as text, so `2022` comes before `2022-02-24`) and the union of claimants, never the batch's alone.
// param: facts list — {rid, properties, confidence, cameo, quadClass, documentIds, evidenceCount}; rid is the fact's element id (find-existing-facts); properties may hold status, claimedBy, date and dateText
UNWIND $facts AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rid
WITH r, row, r.date AS oldDate, r.dateText AS oldDateText, coalesce(r.claimedBy, []) AS oldClaims
WITH r, row, oldDate, oldDateText, oldClaims,
     oldDate IS NOT NULL AND (row.properties.date IS NULL OR oldDate <= row.properties.date) AS keepDate,
     reduce(acc = oldClaims, c IN coalesce(row.properties.claimedBy, []) | CASE WHEN c IN acc THEN acc ELSE acc + c END) AS claims
SET r += row.properties,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.cameo = row.cameo,
    r.quadClass = row.quadClass,
    r.documentIds = coalesce(r.documentIds, []) + [d IN row.documentIds WHERE NOT d IN coalesce(r.documentIds, [])],
    r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount
SET r.date = CASE WHEN keepDate THEN oldDate ELSE row.properties.date END,
    r.dateText = CASE WHEN keepDate THEN oldDateText ELSE row.properties.dateText END,
    r.claimedBy = CASE WHEN size(claims) = 0 THEN null ELSE claims END
