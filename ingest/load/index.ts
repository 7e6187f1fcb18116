/** Loading extraction results into Neo4j. */
export { applySchema } from './apply-schema.ts';
export { loadExtraction, type LoadOptions, type LoadSummary } from './load-extraction.ts';
export { createNeo4jDriver, type Neo4jConnection } from './driver.ts';
export { countGraph, type GraphCounts } from './count-graph.ts';
export { findIngestSources, recordIngestSources, findStoredDocumentHashes, type IngestSourceState } from './ingest-sources.ts';
