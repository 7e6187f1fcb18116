// name: upsert-documents
// description: Creates or updates documents with their text and content hash.
// param: docs list — {id, title, source, url, publishedAt, text, contentHash}
// param: now string — ingestion time (ISO 8601)
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
SET d.title = doc.title, d.source = doc.source, d.url = doc.url, d.publishedAt = doc.publishedAt,
    d.text = doc.text, d.contentHash = doc.contentHash, d.ingestedAt = $now
