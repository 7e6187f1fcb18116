// name: remove-document-evidence
// description: Deletes the evidence that came from old versions of documents; returns the facts it supported.
// param: docIds string[] — ids of documents being replaced
UNWIND $docIds AS docId
MATCH (v:Evidence {documentId: docId})
WITH v, v.relId AS relId
DETACH DELETE v
RETURN collect(DISTINCT relId) AS relIds
