// name: remove-document-evidence
// description: Deletes the evidence that came from old versions of documents; returns the facts it supported.
// param: docIds string[] — ids of documents being replaced
UNWIND $docIds AS docId
MATCH (:Document {id: docId})<-[:FROM_DOCUMENT]-(v:Evidence)
WITH v, v.relId AS relId
DETACH DELETE v
RETURN collect(DISTINCT relId) AS relIds
