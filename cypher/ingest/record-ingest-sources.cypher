// name: record-ingest-sources
// description: Remembers sources read by an ingest (after their documents were loaded), so the next watch cycle skips the unchanged ones.
// param: sources list — {key, bytesHash, etag, lastModified}; key is the file's absolute path or the URL
// param: now string — time of the check (ISO 8601)
UNWIND $sources AS row
MERGE (s:IngestSource {key: row.key})
SET s.bytesHash = row.bytesHash, s.etag = row.etag, s.lastModified = row.lastModified, s.checkedAt = $now
