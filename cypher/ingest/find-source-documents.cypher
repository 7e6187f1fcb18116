// name: find-source-documents
// description: Ids of the stored documents read from the given files or URLs, so the loader can remove those a source no longer produces.
// param: sourceKeys string[] — absolute paths or URLs of sources read completely in this run
UNWIND $sourceKeys AS sourceKey
MATCH (d:Document {sourceKey: sourceKey})
RETURN d.id AS id
