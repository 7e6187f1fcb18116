// name: indexes
// description: Full-text search over names and aliases; lookups of evidence by relationship and of documents by the file or URL they came from.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE INDEX evidence_rel IF NOT EXISTS FOR (v:Evidence) ON (v.relId);
// Evidence of a document is found through its FROM_DOCUMENT links; an index on documentId only slowed every write.
DROP INDEX evidence_document IF EXISTS;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt);
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.sourceKey);
