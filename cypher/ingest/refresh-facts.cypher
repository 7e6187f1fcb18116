// name: refresh-facts
// description: Recounts the evidence of facts; deletes facts left with none. For facts whose removed evidence gave a date or claimants, the date becomes the earliest left on their evidence (with its words) and the claimants the union of those left (a date stored on the fact alone, given by no sentence, stays otherwise). Fact ids are `a|TYPE|b` or `a|TYPE|b|status`.
// param: relIds string[] — fact ids to refresh
// param: removedDocIds string[] — documents whose ids leave the facts' documentIds
// param: retoldRelIds string[] — fact ids whose date and claimants are read again from their evidence
UNWIND $relIds AS relId
WITH relId, split(relId, '|') AS parts
MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
WHERE r.id = relId
WITH r, relId, COUNT { (v:Evidence {relId: relId}) } AS evidenceCount
SET r.evidenceCount = evidenceCount,
    r.documentIds = [d IN coalesce(r.documentIds, []) WHERE NOT d IN $removedDocIds]
WITH r, relId, evidenceCount
CALL (r, relId, evidenceCount) {
  WITH r, relId, evidenceCount WHERE evidenceCount > 0 AND relId IN $retoldRelIds
  WITH r, relId,
       COLLECT { MATCH (v:Evidence {relId: relId}) WHERE v.date IS NOT NULL RETURN [v.date, v.dateText] AS d ORDER BY v.date, v.dateText LIMIT 1 } AS dated,
       COLLECT { MATCH (v:Evidence {relId: relId}) UNWIND coalesce(v.claimedBy, []) AS c WITH DISTINCT c RETURN c ORDER BY c } AS claims
  SET r.date = dated[0][0], r.dateText = dated[0][1], r.claimedBy = CASE WHEN size(claims) = 0 THEN null ELSE claims END
}
WITH r, evidenceCount
WHERE evidenceCount = 0
DELETE r
RETURN count(*) AS deleted
