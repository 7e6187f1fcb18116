// name: upsert-evidence
// description: Stores evidence sentences linked to their document, grouped by document (one lookup each). Evidence of a document is always new (a new version's old evidence is removed first), so CREATE is safe. A sentence sent without its text is the document's text between its offsets, read from the document.
// param: docs list — {d, evidence}: d is the document's element id; evidence lists [id, relId, start, end, status, claimedBy, date, dateText, text]; start and end are code-point offsets in the document's text (stored as integers, the unit of Cypher's substring); status, claimedBy, date and dateText are null when not known (no property then); text is null when it is the document's text from start to end
UNWIND $docs AS doc
MATCH (d) WHERE elementId(d) = doc.d
UNWIND doc.evidence AS v
WITH d, v, toInteger(v[2]) AS start, toInteger(v[3]) AS end
CREATE (:Evidence {id: v[0], relId: v[1], documentId: d.id, text: coalesce(v[8], substring(d.text, start, end - start)), start: start, end: end, status: v[4], claimedBy: v[5], date: v[6], dateText: v[7]})-[:FROM_DOCUMENT]->(d)
