// name: upsert-co-mentions
// description: Adds documents' shares (both ends locked by this transaction, so no other writer can create the same link meanwhile) to the aggregate CO_MENTIONED link of each actor pair (ends in id order), creating it when new. A document's share replaces any it had (it was removed first by refresh-co-mentions when the document changed), so loading twice counts once; shares are kept in document id order, so the stored link does not depend on which batch came first; count is the sum of the shares, evidenceCount the stored sentences (written before this query).
// param: coMentions list — {id, s, t, documentIds, documentCounts}; s and t are the element ids of the ends; documentCounts[i] is the number of sentences of documentIds[i] naming both
UNWIND $coMentions AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.t
MERGE (a)-[r:CO_MENTIONED {id: row.id}]->(b)
WITH r, row, coalesce(r.documentIds, []) AS oldIds, coalesce(r.documentCounts, []) AS oldCounts
WITH r, row, [i IN range(0, size(oldIds) - 1) WHERE NOT oldIds[i] IN row.documentIds | [oldIds[i], oldCounts[i]]] AS kept
WITH r, COLLECT { UNWIND kept + [i IN range(0, size(row.documentIds) - 1) | [row.documentIds[i], row.documentCounts[i]]] AS share RETURN share ORDER BY share[0] } AS shares
WITH r, [s IN shares | s[0]] AS ids, [s IN shares | s[1]] AS counts
SET r.documentIds = ids,
    r.documentCounts = counts,
    r.count = reduce(n = 0, c IN counts | n + c),
    r.evidenceCount = COUNT { (v:Evidence {relId: r.id}) }
