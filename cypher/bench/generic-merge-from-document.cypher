// name: generic-merge-from-document
// description: The generic loader's evidence-to-document links (benchmark baseline only): both ends by their constrained ids, MERGE the relationship.
// param: rows list — {id, documentId}
UNWIND $rows AS row
MATCH (v:Evidence {id: row.id})
MATCH (d:Document {id: row.documentId})
MERGE (v)-[:FROM_DOCUMENT]->(d)
