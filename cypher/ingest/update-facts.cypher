// name: update-facts
// description: Adds a batch's contribution to facts that already exist (their ends are locked by this transaction): properties the fact lacks (a value it holds stays, so an interrupted run resumed, or a corpus loaded in chunks, keeps the values of an uninterrupted one), best confidence, the latest CAMEO root and QuadClass (null removes them), documents and claimants (both kept sorted, so the result does not depend on which batch came first) and evidence count (exact, because a changed document's old contribution was removed first by refresh-facts); the EARLIEST date with its words (partial ISO dates compare as text, so `2022` comes before `2022-02-24`; on equal dates the first words in text order, as refresh-facts picks them) and the union of claimants, never the batch's alone.
// param: facts list — {rid, properties, confidence, cameo, quadClass, documentIds, evidenceCount}; rid is the fact's element id (find-existing-facts); properties may hold status, claimedBy, date and dateText
UNWIND $facts AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rid
WITH r, row, properties(r) AS before, r.date AS oldDate, r.dateText AS oldDateText, coalesce(r.claimedBy, []) AS oldClaims
WITH r, row, before, oldDate, oldDateText, oldClaims,
     oldDate IS NOT NULL AND (row.properties.date IS NULL OR oldDate < row.properties.date
       OR (oldDate = row.properties.date AND (row.properties.dateText IS NULL OR (oldDateText IS NOT NULL AND oldDateText <= row.properties.dateText)))) AS keepDate,
     reduce(acc = oldClaims, c IN coalesce(row.properties.claimedBy, []) | CASE WHEN c IN acc THEN acc ELSE [x IN acc WHERE x < c] + c + [x IN acc WHERE x > c] END) AS claims
SET r += row.properties
SET r += before,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.cameo = row.cameo,
    r.quadClass = row.quadClass,
    r.documentIds = reduce(acc = coalesce(r.documentIds, []), d IN row.documentIds | CASE WHEN d IN acc THEN acc ELSE [x IN acc WHERE x < d] + d + [x IN acc WHERE x > d] END),
    r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount
SET r.date = CASE WHEN keepDate THEN oldDate ELSE row.properties.date END,
    r.dateText = CASE WHEN keepDate THEN oldDateText ELSE row.properties.dateText END,
    r.claimedBy = CASE WHEN size(claims) = 0 THEN null ELSE claims END
