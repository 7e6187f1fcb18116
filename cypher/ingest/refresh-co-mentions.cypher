// name: refresh-co-mentions
// description: Takes the shares of replaced or removed documents out of CO_MENTIONED links (their evidence was deleted first by remove-document-evidence); recounts them and deletes links no document supports any more. Ids are `a|CO_MENTIONED|b`.
// param: ids string[] — co-mention ids whose evidence was removed
// param: removedDocIds string[] — documents whose shares leave the links
UNWIND $ids AS id
WITH id, split(id, '|') AS parts
MATCH (a:Entity {id: parts[0]})-[r:CO_MENTIONED]->(b:Entity {id: parts[2]})
WHERE r.id = id
WITH r, coalesce(r.documentIds, []) AS oldIds, coalesce(r.documentCounts, []) AS oldCounts
WITH r, [i IN range(0, size(oldIds) - 1) WHERE NOT oldIds[i] IN $removedDocIds | [oldIds[i], oldCounts[i]]] AS kept
WITH r, [k IN kept | k[0]] AS ids, [k IN kept | k[1]] AS counts
SET r.documentIds = ids,
    r.documentCounts = counts,
    r.count = reduce(n = 0, c IN counts | n + c),
    r.evidenceCount = COUNT { (v:Evidence {relId: r.id}) }
WITH r, ids
WHERE size(ids) = 0
DELETE r
RETURN count(*) AS deleted
