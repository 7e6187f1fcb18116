// name: move-documents
// description: Records the new source of unchanged documents now read from another file or URL (same id and content), so that file owns them.
// param: docs list — {id, sourceKey}
UNWIND $docs AS doc
MATCH (d:Document {id: doc.id})
SET d.sourceKey = doc.sourceKey
