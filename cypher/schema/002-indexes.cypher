// name: indexes
// description: Full-text search over names and aliases; lookups of evidence by relationship.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE INDEX evidence_rel IF NOT EXISTS FOR (v:Evidence) ON (v.relId);
// Evidence of a document is found through its FROM_DOCUMENT links; an index on documentId only slowed every write.
DROP INDEX evidence_document IF EXISTS;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt);
