// name: remove-documents
// description: Deletes documents whose evidence and mentions were removed first (remove-document-evidence, refresh-facts, remove-document-mentions), because their source no longer produces them.
// param: docIds string[] — ids of the documents to delete
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})
DETACH DELETE d
RETURN count(*) AS deleted
