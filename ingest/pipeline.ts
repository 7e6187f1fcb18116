/**
 * The ingest pipeline as a function: paths (files, folders, URLs) → documents → extraction →
 * (optionally) Neo4j. Used by the CLI, by watch cycles and by `npm start` (to ingest the sample
 * corpus into an empty database).
 *
 * Sources are read one at a time and gathered into chunks of `chunkSize` documents (or a little
 * more: a file is read whole, except a line-based one such as JSONL, which is read in parts of at
 * most 100 documents and may span chunks). Each chunk is checked against the database (documents stored with the same text
 * and source are skipped: that is how an interrupted run resumes), extracted (on worker threads when
 * there are enough documents), merged, and loaded; the next chunk is read and extracted while the
 * previous one loads. The documents and results held at once are therefore about two chunks' worth,
 * whatever the size of the run; what the run keeps from one chunk to the next is small per document
 * (the ids read, to skip one met twice; the ids of the file being read, until it is complete).
 */
import { writeFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { DocumentRecord, ExtractionResult } from '../core/index.ts';
import { createExtractor, rulesExtractor, type Extractor } from './extract/index.ts';
import { givePublishedAt } from './extract/published-at.ts';
import { applySchema, findIngestSources, findStoredDocuments, loadExtraction, recordIngestSources, type IngestSourceState, type LoadSummary } from './load/index.ts';
import { createExtractionPool, type ExtractionPool } from './pool/extraction-pool.ts';
import { listSources, readSourceParts } from './read-sources.ts';
import { DEFAULT_PART_SIZE } from './read/stream-document-file.ts';

export type IngestStage = 'read' | 'extract' | 'load';

/** Documents extracted, merged and loaded together by default. */
export const DEFAULT_CHUNK_SIZE = 2000;
/** Below this many documents a chunk is extracted in the calling thread: starting workers costs more. */
export const MIN_DOCUMENTS_FOR_WORKERS = 200;

export interface IngestOptions {
  paths: string[];
  /** Omit for a dry run. */
  driver?: Driver;
  database?: string;
  /** Write the extraction result here; the whole run is then one chunk (held in memory). */
  out?: string;
  maxBytes?: number;
  batchSize?: number;
  extractor?: Extractor;
  /** Extraction worker threads for the offline extractor (default 1: the calling thread). */
  workers?: number;
  /** Old-generation heap of each extraction worker, MB (default DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** Documents extracted, merged and loaded together (default DEFAULT_CHUNK_SIZE). */
  chunkSize?: number;
  /** Publication date of documents that give none: their relative dates resolve against it, and it is stored. */
  publishedAt?: string;
  /** URLs: connect to private, loopback and link-local addresses too. */
  allowPrivateHosts?: boolean;
  /** URLs: deadline of each fetch (ms). */
  fetchTimeoutMs?: number;
  /** Watch cycles: skip files and URLs whose bytes are those remembered in the database (and URLs that answer 304). */
  incremental?: boolean;
  /**
   * Stops the run: no new source is read, an extraction in progress on workers is abandoned, and a
   * load in progress stops after the transaction it is in. What was written stays; the report says
   * `interrupted`, and the same run again goes on where this one stopped.
   */
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
}

/** Where a run stands. */
export interface IngestProgress {
  stage: IngestStage;
  /** Files and URLs read, of all the paths given hold. */
  sourcesDone: number;
  sourcesTotal: number;
  documentsRead: number;
  /** Documents finished: loaded (written or unchanged), skipped as stored, or failed; extracted in a dry run. */
  documentsDone: number;
  documentsSkipped: number;
  elapsedMs: number;
}

export interface IngestFailure {
  path: string;
  message: string;
}

export interface IngestReport {
  /** Documents extracted. */
  documents: number;
  /** Entities and relationships extracted, summed over chunks (one in two chunks counts twice). */
  entities: number;
  relations: number;
  /** Documents stored with the same text and source: neither extracted nor written again (counted as unchanged in `load` too). */
  skipped: number;
  failures: IngestFailure[];
  load?: LoadSummary;
  /** The extraction result, when the run was one chunk. */
  result?: ExtractionResult;
  chunks: number;
  /** The signal stopped the run before its end. */
  interrupted: boolean;
  /** Files and URLs looked at, and how many of them were unchanged (incremental runs skip those). */
  sources: { checked: number; unchanged: number };
  elapsedMs: number;
}

/** Thrown inside the run when its signal aborts; turned into `interrupted: true`. */
class Interrupted extends Error {}

interface Chunk {
  docs: DocumentRecord[];
  /** Sources read completely by the end of this chunk: their stored documents not read again are removed. */
  complete: Set<string>;
  /** Ids of documents of those sources that went with earlier chunks (a file spanning chunks): kept. */
  keepIds: string[];
  read: IngestSourceState[];
}

const newChunk = (): Chunk => ({ docs: [], complete: new Set(), keepIds: [], read: [] });

const emptyLoad = (): LoadSummary => ({
  documentsWritten: 0, documentsReplaced: 0, documentsUnchanged: 0, documentsRemoved: 0,
  entitiesWritten: 0, factsWritten: 0, evidenceWritten: 0, factsRemoved: 0, entitiesRemoved: 0, coMentionsWritten: 0,
});

function addLoad(total: LoadSummary, part: LoadSummary): void {
  for (const k of Object.keys(total) as (keyof LoadSummary)[]) total[k] += part[k];
}

/** Extracts all documents at once (cross-document resolution); on a crash, isolates the documents at fault. */
async function extractIsolatingFailures(extractor: Extractor, documents: DocumentRecord[], failures: IngestFailure[]): Promise<ExtractionResult> {
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
  const { driver, database, signal } = options;
  const failures: IngestFailure[] = [];
  const chunkSize = options.out ? Infinity : Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const extractor = options.extractor ?? createExtractor();
  const pool: ExtractionPool | undefined = extractor === rulesExtractor && (options.workers ?? 1) > 1 ? createExtractionPool(options.workers!, { heapMb: options.workerHeapMb }) : undefined;
  const stopPool = () => void pool?.close();
  signal?.addEventListener('abort', stopPool, { once: true });

  const report: IngestReport = {
    documents: 0, entities: 0, relations: 0, skipped: 0, failures, load: driver ? emptyLoad() : undefined,
    chunks: 0, interrupted: false, sources: { checked: 0, unchanged: 0 }, elapsedMs: 0,
  };
  const progress: IngestProgress = { stage: 'read', sourcesDone: 0, sourcesTotal: 0, documentsRead: 0, documentsDone: 0, documentsSkipped: 0, elapsedMs: 0 };
  const tell = (stage: IngestStage) => {
    progress.stage = stage;
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.({ ...progress });
  };
  const checkSignal = () => {
    if (signal?.aborted) throw new Interrupted('interrupted');
  };
  /** Sources with a document the extractor failed on: never complete in this run. */
  const incomplete = new Set<string>();

  /** Skips stored documents, extracts the rest. */
  const extractChunk = async (chunk: Chunk) => {
    let docs = options.publishedAt ? givePublishedAt(chunk.docs, options.publishedAt) : chunk.docs;
    const keep: string[] = [];
    if (driver && docs.length) {
      const stored = await findStoredDocuments(driver, docs.map((d) => d.id), database);
      // Same text and same source: the loader would leave it as it is, so it is not extracted either.
      const isDone = (d: DocumentRecord) => {
        const s = stored.get(d.id);
        return s !== undefined && s.contentHash === d.contentHash && (!d.sourceKey || s.sourceKey === d.sourceKey);
      };
      for (const d of docs) if (isDone(d)) keep.push(d.id);
      if (keep.length) docs = docs.filter((d) => !isDone(d));
      report.skipped += keep.length;
      report.load!.documentsUnchanged += keep.length;
      progress.documentsSkipped += keep.length;
      progress.documentsDone += keep.length;
    }
    checkSignal();
    tell('extract');
    let result: ExtractionResult;
    if (pool && docs.length >= MIN_DOCUMENTS_FOR_WORKERS) {
      try {
        const pooled = await pool.extract(docs);
        for (const f of pooled.failures) failures.push({ path: `document ${f.doc.id} (${f.doc.title})`, message: `extraction failed: ${f.message}` });
        result = pooled.result;
      } catch (e) {
        checkSignal();
        throw e;
      }
    } else {
      result = await extractIsolatingFailures(extractor, docs, failures);
    }
    // A file with a document the extractor failed on is not complete: its old documents stay.
    const extracted = new Set(result.documents.map((d) => d.id));
    const failed = docs.filter((d) => !extracted.has(d.id));
    for (const doc of failed) {
      if (!doc.sourceKey) continue;
      chunk.complete.delete(doc.sourceKey);
      incomplete.add(doc.sourceKey); // a file spanning chunks ends in a later one
    }
    progress.documentsDone += failed.length;
    report.documents += result.documents.length;
    report.entities += result.entities.length;
    report.relations += result.relations.length;
    return { chunk, result, keep };
  };

  /** Loads an extracted chunk; stops after the current transaction when the signal aborts. */
  const loadChunk = async ({ chunk, result, keep }: Awaited<ReturnType<typeof extractChunk>>) => {
    if (!driver) {
      progress.documentsDone += result.documents.length;
      tell('extract');
      return;
    }
    const before = progress.documentsDone;
    const load = await loadExtraction(driver, result, {
      database,
      batchSize: options.batchSize,
      replaceSources: [...chunk.complete],
      keepDocumentIds: chunk.keepIds.length ? [...keep, ...chunk.keepIds] : keep,
      onProgress: (done) => {
        progress.documentsDone = before + done;
        tell('load');
        // Throwing here stops the loader between two transactions: the one just committed stays.
        checkSignal();
      },
    });
    addLoad(report.load!, load);
    // Remembered only once loaded, so a cycle that failed to write reads the same sources again;
    // and only by watch cycles, so a one-off ingest adds no bookkeeping nodes to the graph.
    if (options.incremental) await recordIngestSources(driver, chunk.read, database);
  };

  let loading: Promise<void> | undefined;
  let flushes = 0;
  /** Extracts a chunk (while the previous one loads), then starts loading it. */
  const flush = async (chunk: Chunk, last: boolean) => {
    if (!last && chunk.docs.length === 0) return;
    flushes++;
    if (chunk.docs.length) report.chunks++;
    const extracted = await extractChunk(chunk);
    await loading;
    checkSignal(); // an extraction in the calling thread cannot be stopped midway: its load can
    if (last && flushes === 1) report.result = extracted.result;
    if (options.out) await writeFile(options.out, JSON.stringify(extracted.result, null, 2) + '\n', 'utf8');
    loading = loadChunk(extracted);
    loading.catch(() => {}); // awaited by the next flush or at the end; must not go unhandled meanwhile
  };

  try {
    const known = options.incremental && driver ? await findIngestSources(driver, database) : undefined;
    if (driver) await applySchema(driver, database);
    const { units, errors } = await listSources(options.paths);
    failures.push(...errors);
    progress.sourcesTotal = units.length;
    const seenDocs = new Set<string>();
    const seenSources = new Set<string>();
    let chunk = newChunk();
    for (const unit of units) {
      checkSignal();
      const key = unit.kind === 'url' ? unit.url : unit.file;
      progress.sourcesDone++;
      if (seenSources.has(key)) continue; // the same file reached through two of the paths given
      seenSources.add(key);
      /** Ids of this source's documents in the chunk being filled, and in chunks already sent on. */
      let inChunk: string[] = [];
      const sentOn: string[] = [];
      const parts = readSourceParts(unit, { partSize: Math.min(DEFAULT_PART_SIZE, chunkSize), maxBytes: options.maxBytes, fetchTimeoutMs: options.fetchTimeoutMs, allowPrivateHosts: options.allowPrivateHosts, known });
      for await (const r of parts) {
        report.sources.checked += unit.kind === 'url' ? 1 : r.read.length;
        if (r.unchanged) report.sources.unchanged++;
        failures.push(...r.errors);
        for (const k of r.complete) {
          if (incomplete.has(k)) continue;
          chunk.complete.add(k);
          for (const id of sentOn) chunk.keepIds.push(id);
        }
        chunk.read.push(...r.read);
        for (const doc of r.documents) {
          if (seenDocs.has(doc.id)) continue;
          seenDocs.add(doc.id);
          chunk.docs.push(doc);
          inChunk.push(doc.id);
        }
        progress.documentsRead = seenDocs.size;
        tell('read');
        if (chunk.docs.length >= chunkSize) {
          await flush(chunk, false);
          chunk = newChunk();
          for (const id of inChunk) sentOn.push(id);
          inChunk = [];
          checkSignal();
        }
      }
    }
    await flush(chunk, true);
    await loading;
  } catch (e) {
    await loading?.catch(() => {});
    if (!(e instanceof Interrupted)) throw e;
    report.interrupted = true;
  } finally {
    signal?.removeEventListener('abort', stopPool);
    await pool?.close();
  }
  report.elapsedMs = performance.now() - started;
  return report;
}
