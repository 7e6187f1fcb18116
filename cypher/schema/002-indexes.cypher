// name: indexes
// description: Full-text search over names and aliases; lookups of evidence by relationship and document.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE INDEX evidence_rel IF NOT EXISTS FOR (v:Evidence) ON (v.relId);
CREATE INDEX evidence_document IF NOT EXISTS FOR (v:Evidence) ON (v.documentId);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt);
