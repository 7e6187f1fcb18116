// name: upsert-co-mentions
// description: Adds documents' shares to the aggregate CO_MENTIONED link of each actor pair (ends in id order), creating it when new. A document's share replaces any it had (it was removed first by refresh-co-mentions when the document changed), so loading twice counts once; count is the sum of the shares, evidenceCount the stored sentences (written before this query).
// param: coMentions list — {id, s, t, documentIds, documentCounts}; s and t are the element ids of the ends; documentCounts[i] is the number of sentences of documentIds[i] naming both
UNWIND $coMentions AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.t
MERGE (a)-[r:CO_MENTIONED {id: row.id}]->(b)
WITH r, row, coalesce(r.documentIds, []) AS oldIds, coalesce(r.documentCounts, []) AS oldCounts
WITH r, row, [i IN range(0, size(oldIds) - 1) WHERE NOT oldIds[i] IN row.documentIds | [oldIds[i], oldCounts[i]]] AS kept
WITH r, [k IN kept | k[0]] + row.documentIds AS ids, [k IN kept | k[1]] + row.documentCounts AS counts
SET r.documentIds = ids,
    r.documentCounts = counts,
    r.count = reduce(n = 0, c IN counts | n + c),
    r.evidenceCount = COUNT { (v:Evidence {relId: r.id}) }
