/** Loading extraction results into Neo4j. */
export { applySchema } from './apply-schema.ts';
export { loadExtraction, type LoadOptions, type LoadSummary } from './load-extraction.ts';
export { countGraph, type GraphCounts } from './count-graph.ts';
export { findIngestSources, recordIngestSources, findStoredDocumentHashes, findStoredDocuments, type IngestSourceState } from './ingest-sources.ts';
export { schemaNames, retiredSchemaNames } from './schema-names.ts';
export {
  readOwnership,
  decideOwnership,
  writeMarker,
  MARKER_LABEL,
  OUR_LABELS,
  SCHEMA_VERSION,
  type DatabaseOwnership,
  type OwnershipReport,
} from './database-ownership.ts';
