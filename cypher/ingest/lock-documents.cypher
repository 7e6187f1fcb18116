// name: lock-documents
// description: First statement of a batch's write transaction: takes the write lock of each document the batch means to write (creating the node when it is new, under the id's uniqueness constraint) and reads what is stored now, so the batch is planned again against the committed graph. Ids sorted: every writer locks in the same order. Another transaction writing one of these documents waits until this one commits.
// param: ids string[] — document ids, sorted
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d.writeLock = true
REMOVE d.writeLock
RETURN d.id AS id, d.contentHash AS contentHash, d.sourceKey AS sourceKey
