/**
 * The ingest pipeline as a function: paths (files, folders, URLs) → documents → extraction →
 * (optionally) Neo4j.
 * Used by the CLI and by `npm start` (to ingest the sample corpus into an empty database).
 */
import { writeFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { DocumentRecord, ExtractionResult } from '../core/index.ts';
import { bytesHash, readDocuments } from './read/index.ts';
import { isUrlSource, readUrl } from './fetch/read-url.ts';
import { createExtractor, type Extractor } from './extract/index.ts';
import {
  applySchema,
  findIngestSources,
  findStoredDocumentHashes,
  loadExtraction,
  recordIngestSources,
  type IngestSourceState,
  type LoadSummary,
} from './load/index.ts';

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
  /** URLs: connect to private, loopback and link-local addresses too. */
  allowPrivateHosts?: boolean;
  /** URLs: deadline of each fetch (ms). */
  fetchTimeoutMs?: number;
  /**
   * Watch cycles: skip files and URLs whose bytes are those remembered in the database (and URLs
   * that answer 304 to their validators), and documents already stored with the same content.
   */
  incremental?: boolean;
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
  /** Files and URLs looked at, and how many of them were unchanged (incremental runs skip those). */
  sources: { checked: number; unchanged: number };
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

/** Reads every path given: files and folders from disk, http(s) URLs fetched. */
async function readSources(
  options: IngestOptions,
  known: Map<string, IngestSourceState>,
  failures: IngestFailure[],
): Promise<{ documents: DocumentRecord[]; complete: Set<string>; read: IngestSourceState[]; checked: number; unchanged: number }> {
  const documents: DocumentRecord[] = [];
  const seen = new Set<string>();
  const complete = new Set<string>();
  const read: IngestSourceState[] = [];
  let checked = 0;
  let unchanged = 0;
  const add = (docs: DocumentRecord[]) => {
    for (const doc of docs) {
      if (seen.has(doc.id)) continue; // the same file reached through two of the paths given
      seen.add(doc.id);
      documents.push(doc);
    }
  };
  for (const [i, path] of options.paths.entries()) {
    if (isUrlSource(path)) {
      checked++;
      const before = options.incremental ? known.get(path) : undefined;
      const r = await readUrl(path, {
        maxBytes: options.maxBytes,
        timeoutMs: options.fetchTimeoutMs,
        allowPrivateHosts: options.allowPrivateHosts,
        etag: before?.etag,
        lastModified: before?.lastModified,
      });
      if (r.status === 'not-modified') {
        unchanged++;
        read.push({ ...before, key: path, etag: r.etag ?? before?.etag, lastModified: r.lastModified ?? before?.lastModified });
      } else {
        const hash = r.bytes.length ? bytesHash(r.bytes) : undefined;
        if (hash) read.push({ key: path, bytesHash: hash, etag: r.etag, lastModified: r.lastModified });
        if (hash && before?.bytesHash === hash) unchanged++; // same body, new validators: nothing to read again
        else {
          failures.push(...r.errors);
          add(r.documents);
          if (r.complete) complete.add(path);
        }
      }
    } else {
      const r = await readDocuments(path, {
        maxBytes: options.maxBytes,
        isUnchanged: options.incremental ? (key, hash) => known.get(key)?.bytesHash === hash : undefined,
      });
      failures.push(...r.errors);
      for (const key of r.sources) complete.add(key);
      for (const f of r.files) read.push({ key: f.sourceKey, bytesHash: f.bytesHash });
      checked += r.files.length;
      unchanged += r.unchangedFiles;
      add(r.documents);
    }
    options.onProgress?.('read', i + 1, options.paths.length);
  }
  return { documents, complete, read, checked, unchanged };
}

/** Runs the pipeline. Per-file and per-document failures are reported, never thrown; database errors are thrown. */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const failures: IngestFailure[] = [];
  const { driver, database } = options;
  const known = options.incremental && driver ? await findIngestSources(driver, database) : new Map<string, IngestSourceState>();
  const { documents: all, complete: sources, read, checked, unchanged } = await readSources(options, known, failures);
  // Incremental: documents stored with the same content are not extracted again (and stay).
  let documents = all;
  const keep: string[] = [];
  if (options.incremental && driver) {
    const stored = await findStoredDocumentHashes(driver, all.map((d) => d.id), database);
    documents = all.filter((d) => stored.get(d.id) !== d.contentHash);
    for (const d of all) if (stored.get(d.id) === d.contentHash) keep.push(d.id);
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
  if (driver) {
    await applySchema(driver, database);
    load = await loadExtraction(driver, result, {
      database,
      batchSize: options.batchSize,
      replaceSources: [...sources],
      keepDocumentIds: keep,
      onProgress: (done, total) => options.onProgress?.('load', done, total),
    });
    // Remembered only once loaded, so a cycle that failed to write reads the same sources again;
    // and only by watch cycles, so a one-off ingest adds no bookkeeping nodes to the graph.
    if (options.incremental) await recordIngestSources(driver, read, database);
  }
  return {
    documents: result.documents.length,
    entities: result.entities.length,
    relations: result.relations.length,
    failures,
    load,
    result,
    sources: { checked, unchanged },
    elapsedMs: performance.now() - started,
  };
}
