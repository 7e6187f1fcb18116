// name: generic-merge-documents
// description: The generic loader's documents (benchmark baseline only): UNWIND a batch, MERGE on the constrained id, SET the rest.
// param: rows list — {id, properties}
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.properties
