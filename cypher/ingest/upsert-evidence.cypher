// name: upsert-evidence
// description: Stores evidence sentences linked to their document. Evidence of a document is always new (a new version's old evidence is removed first), so CREATE is safe.
// param: evidence list — {id, relId, documentId, d, text, start, end, status, claimedBy, date, dateText}; d is the document's element id; start and end are code-point offsets in the document's text (stored as integers, the unit of Cypher's substring); claimedBy, date and dateText are null when not known (no property then)
UNWIND $evidence AS row
MATCH (d) WHERE elementId(d) = row.d
CREATE (v:Evidence {id: row.id, relId: row.relId, documentId: row.documentId, text: row.text, start: toInteger(row.start), end: toInteger(row.end), status: row.status, claimedBy: row.claimedBy, date: row.date, dateText: row.dateText})-[:FROM_DOCUMENT]->(d)
