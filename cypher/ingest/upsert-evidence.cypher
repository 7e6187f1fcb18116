// name: upsert-evidence
// description: Stores evidence sentences linked to their document. Evidence of a document is always new (a new version's old evidence is removed first), so CREATE is safe.
// param: evidence list — {id, relId, documentId, d, text, start, end}; d is the document's element id
UNWIND $evidence AS row
MATCH (d) WHERE elementId(d) = row.d
CREATE (v:Evidence {id: row.id, relId: row.relId, documentId: row.documentId, text: row.text, start: row.start, end: row.end})-[:FROM_DOCUMENT]->(d)
