/**
 * The ingest pipeline as a function: paths → documents → extraction → (optionally) Neo4j.
 * Used by the CLI and by `npm start` (to ingest the sample corpus into an empty database).
 */
import { writeFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { DocumentRecord, ExtractionResult } from '../core/index.ts';
import { readDocuments } from './read/index.ts';
import { createExtractor, type Extractor } from './extract/index.ts';
import { applySchema, loadExtraction, type LoadSummary } from './load/index.ts';

export type IngestStage = 'read' | 'extract' | 'load';

export interface IngestOptions {
  paths: string[];
  /** Omit for a dry run. */
  driver?: Driver;
  database?: string;
  out?: string;
  maxBytes?: number;
  batchSize?: number;
  extractor?: Extractor;
  onProgress?: (stage: IngestStage, done: number, total: number) => void;
}

export interface IngestFailure {
  path: string;
  message: string;
}

export interface IngestReport {
  documents: number;
  entities: number;
  relations: number;
  failures: IngestFailure[];
  load?: LoadSummary;
  result: ExtractionResult;
  elapsedMs: number;
}

/** Extracts all documents at once (cross-document resolution); on a crash, isolates the documents at fault. */
async function extractIsolatingFailures(
  extractor: Extractor,
  documents: DocumentRecord[],
  failures: IngestFailure[],
): Promise<ExtractionResult> {
  try {
    return await extractor.extract(documents);
  } catch {
    const ok: DocumentRecord[] = [];
    for (const doc of documents) {
      try {
        await extractor.extract([doc]);
        ok.push(doc);
      } catch (e) {
        failures.push({ path: `document ${doc.id} (${doc.title})`, message: `extraction failed: ${(e as Error).message}` });
      }
    }
    return extractor.extract(ok);
  }
}

/** Runs the pipeline. Per-file and per-document failures are reported, never thrown; database errors are thrown. */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const failures: IngestFailure[] = [];
  const documents: DocumentRecord[] = [];
  const seen = new Set<string>();
  const sources = new Set<string>();
  for (const [i, path] of options.paths.entries()) {
    const { documents: docs, sources: complete, errors } = await readDocuments(path, { maxBytes: options.maxBytes });
    failures.push(...errors);
    for (const key of complete) sources.add(key);
    for (const doc of docs) {
      if (seen.has(doc.id)) continue; // the same file reached through two of the paths given
      seen.add(doc.id);
      documents.push(doc);
    }
    options.onProgress?.('read', i + 1, options.paths.length);
  }
  const extractor = options.extractor ?? createExtractor();
  options.onProgress?.('extract', 0, documents.length);
  const result = await extractIsolatingFailures(extractor, documents, failures);
  // A file with a document the extractor failed on is not complete: its old documents stay.
  const extracted = new Set(result.documents.map((d) => d.id));
  for (const doc of documents) if (!extracted.has(doc.id) && doc.sourceKey) sources.delete(doc.sourceKey);
  options.onProgress?.('extract', documents.length, documents.length);
  if (options.out) await writeFile(options.out, JSON.stringify(result, null, 2) + '\n', 'utf8');
  let load: LoadSummary | undefined;
  if (options.driver) {
    await applySchema(options.driver, options.database);
    load = await loadExtraction(options.driver, result, {
      database: options.database,
      batchSize: options.batchSize,
      replaceSources: [...sources],
      onProgress: (done, total) => options.onProgress?.('load', done, total),
    });
  }
  return {
    documents: result.documents.length,
    entities: result.entities.length,
    relations: result.relations.length,
    failures,
    load,
    result,
    elapsedMs: performance.now() - started,
  };
}
