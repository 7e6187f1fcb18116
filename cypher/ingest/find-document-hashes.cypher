// name: find-document-hashes
// description: Content hashes and source keys of the documents of a batch that are already stored.
// param: ids string[] — document ids of the batch
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentHash AS contentHash, d.sourceKey AS sourceKey
