// name: remove-document-evidence
// description: Deletes the evidence that came from old versions of documents; returns the facts (and co-mentions) it supported, and apart those whose removed evidence gave a date or claimants, whose date and claimants must be read again from the evidence left.
// param: docIds string[] — ids of documents being replaced
UNWIND $docIds AS docId
MATCH (:Document {id: docId})<-[:FROM_DOCUMENT]-(v:Evidence)
WITH v, v.relId AS relId, v.date IS NOT NULL OR size(coalesce(v.claimedBy, [])) > 0 AS told
DETACH DELETE v
RETURN collect(DISTINCT relId) AS relIds, collect(DISTINCT CASE WHEN told THEN relId END) AS retoldRelIds
