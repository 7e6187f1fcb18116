// name: naive-merge-evidence
// description: The naive loader's evidence write (benchmark baseline only): one MERGE per sentence.
// param: evidence list — one {id, relId, documentId, text, start, end}
UNWIND $evidence AS row
MERGE (v:Evidence {id: row.id})
SET v.relId = row.relId, v.documentId = row.documentId, v.text = row.text, v.start = row.start, v.end = row.end
WITH v, row
MATCH (d:Document {id: row.documentId})
MERGE (v)-[:FROM_DOCUMENT]->(d)
