// name: upsert-documents
// description: Creates or updates documents with their text and content hash; returns their element ids for the batch's mentions and evidence.
// param: docs list — {id, sourceKey, title, source, url, publishedAt, byline, text, contentHash}; sourceKey is the file or URL the document was read from
// param: now string — ingestion time (ISO 8601)
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
SET d.sourceKey = doc.sourceKey, d.title = doc.title, d.source = doc.source, d.url = doc.url, d.publishedAt = doc.publishedAt, d.byline = doc.byline,
    d.text = doc.text, d.contentHash = doc.contentHash, d.ingestedAt = $now
RETURN d.id AS id, elementId(d) AS eid
