// name: constraints
// description: Uniqueness constraints for entity, document and evidence ids and for the keys of ingested sources (they also back the lookups by id).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT ingest_source_key IF NOT EXISTS FOR (s:IngestSource) REQUIRE s.key IS UNIQUE;
