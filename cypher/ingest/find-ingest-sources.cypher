// name: find-ingest-sources
// description: What the watch mode remembers of every source it has read: the hash of a file's bytes or a URL's body, and a URL's ETag and Last-Modified validators.
MATCH (s:IngestSource)
RETURN s.key AS key, s.bytesHash AS bytesHash, s.etag AS etag, s.lastModified AS lastModified
