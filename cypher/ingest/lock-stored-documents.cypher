// name: lock-stored-documents
// description: Takes the write lock of stored documents about to be removed and returns the file or URL each belongs to now, so a document another ingest has meanwhile moved to another source is kept. Ids sorted: every writer locks in the same order.
// param: ids string[] — document ids, sorted
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.writeLock = true
REMOVE d.writeLock
RETURN d.id AS id, d.sourceKey AS sourceKey
