// name: refresh-facts
// description: Recounts the evidence of facts; deletes facts left with none. Fact ids are `a|TYPE|b`.
// param: relIds string[] — fact ids to refresh
// param: removedDocIds string[] — documents whose ids leave the facts' documentIds
UNWIND $relIds AS relId
WITH relId, split(relId, '|') AS parts
MATCH (a:Entity {id: parts[0]})-[r]->(b:Entity {id: parts[2]})
WHERE r.id = relId
WITH r, relId, COUNT { (v:Evidence {relId: relId}) } AS evidenceCount
SET r.evidenceCount = evidenceCount,
    r.documentIds = [d IN coalesce(r.documentIds, []) WHERE NOT d IN $removedDocIds]
WITH r, evidenceCount
WHERE evidenceCount = 0
DELETE r
RETURN count(*) AS deleted
