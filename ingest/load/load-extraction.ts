/**
 * The Neo4j writer: the only ingest code that talks to the database. Writes an extraction result in
 * batches of documents, one write transaction per batch, with `UNWIND … MERGE` queries from
 * `cypher/ingest/`, several batches in flight at once (`writers`). Unchanged documents are skipped;
 * changed ones replace their old version. Safe beside other ingests of the same or overlapping
 * documents: every transaction follows the lock protocol of `locks.ts`, and one that loses a race
 * is planned and tried again (`write-retry.ts`).
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { batchBounds, indexExtraction, planBatch } from './plan-batch.ts';
import { indexCoMentions } from './plan-co-mentions.ts';
import { removeStaleDocuments } from './remove-documents.ts';
import { writeBatch, type BatchWritten } from './write-batch.ts';
import { writeWithRetry } from './write-retry.ts';

export interface LoadOptions {
  database?: string;
  /** Most documents per transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** About how many rows (evidence, mentions, facts) a transaction writes at most, unless one document has more (default DEFAULT_BATCH_ROWS). */
  batchRows?: number;
  /** Write transactions in flight at once (default 2). The graph written does not depend on it. */
  writers?: number;
  /** Called after each batch with the number of documents done so far. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Source keys (files, URLs) read completely for this result: their stored documents that the result
   * does not hold are removed after the result is written.
   */
  replaceSources?: string[];
  /** Ids of documents the sources still hold that are not in the result (skipped as unchanged before extraction): kept. */
  keepDocumentIds?: string[];
}

export interface LoadSummary {
  documentsWritten: number;
  documentsReplaced: number;
  documentsUnchanged: number;
  /** Stored documents removed because their file or URL no longer produces them. */
  documentsRemoved: number;
  entitiesWritten: number;
  factsWritten: number;
  evidenceWritten: number;
  /** CO_MENTIONED links given shares by the documents written. */
  coMentionsWritten: number;
  /** Facts and entities deleted because the documents behind them changed. */
  factsRemoved: number;
  entitiesRemoved: number;
}

/** Default number of write transactions in flight. */
export const DEFAULT_WRITERS = 2;
/**
 * Default documents per write transaction. Measured on 1,000 generated articles (bench, two writers):
 * 100 per batch wrote ~21k relationships/s, 250 ~28k, 500 ~28k, 1,000 ~29k; fewer, larger
 * transactions spend less on each one's locks and commit.
 */
export const DEFAULT_BATCH_SIZE = 250;
/** Default rows per write transaction, in the 10k–50k range Neo4j's import guidance gives. */
export const DEFAULT_BATCH_ROWS = 40_000;

const q = (name: string) => loadCypher('ingest', name).text;

async function storedDocuments(driver: Driver, database: string, ids: string[]): Promise<{ hashes: Map<string, string>; sources: Map<string, string | null> }> {
  const { records } = await driver.executeQuery(q('find-document-hashes'), { ids }, { database, routing: 'READ' });
  return {
    hashes: new Map(records.map((r) => [r.get('id') as string, r.get('contentHash') as string])),
    sources: new Map(records.map((r) => [r.get('id') as string, r.get('sourceKey') as string | null])),
  };
}

/** Ids of stored documents of the given sources that `keep` does not hold. */
async function staleDocuments(driver: Driver, database: string, sourceKeys: string[], keep: Set<string>): Promise<string[]> {
  const { records } = await driver.executeQuery(q('find-source-documents'), { sourceKeys }, { database, routing: 'READ' });
  return [...new Set(records.map((r) => r.get('id') as string))].filter((id) => !keep.has(id)).sort();
}

/** Runs `task(i)` for i in 0..count-1, at most `limit` at once; rejects with the first failure after the running ones settle. */
async function inPool(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < count) {
      const i = next++;
      try {
        await task(i);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
  if (failure !== undefined) throw failure;
}

function add(summary: LoadSummary, part: Partial<LoadSummary>): void {
  for (const [k, v] of Object.entries(part) as [keyof LoadSummary, number][]) summary[k] += v;
}

/** Loads an extraction result into Neo4j. Idempotent; safe to re-run on the same or changed input, and beside another ingest. */
export async function loadExtraction(driver: Driver, result: ExtractionResult, options: LoadOptions = {}): Promise<LoadSummary> {
  const database = options.database ?? 'neo4j';
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const writers = options.writers ?? DEFAULT_WRITERS;
  const index = indexExtraction(result);
  const coIndex = indexCoMentions(result);
  const summary: LoadSummary = {
    documentsWritten: 0,
    documentsReplaced: 0,
    documentsUnchanged: 0,
    documentsRemoved: 0,
    entitiesWritten: 0,
    factsWritten: 0,
    evidenceWritten: 0,
    coMentionsWritten: 0,
    factsRemoved: 0,
    entitiesRemoved: 0,
  };
  const now = new Date().toISOString();
  const docs = result.documents;
  const bounds = batchBounds(docs, index, batchSize, options.batchRows ?? DEFAULT_BATCH_ROWS);
  let done = 0;
  await inPool(bounds.length, writers, async (b) => {
    const batch = docs.slice(...bounds[b]!);
    // A first plan from a plain read, outside any transaction: a batch with nothing new costs no write.
    const stored = await storedDocuments(driver, database, batch.map((d) => d.id));
    const first = planBatch(batch, index, stored.hashes, stored.sources);
    const unchanged = new Set(first.unchangedDocIds);
    const moved = new Set(first.movedDocs.map((m) => m.id));
    const toWrite = batch.filter((d) => !unchanged.has(d.id) || moved.has(d.id));
    let written: Partial<BatchWritten> = {};
    if (toWrite.length) written = await writeWithRetry(driver, database, (tx) => writeBatch(tx, toWrite, index, coIndex, now));
    add(summary, { ...written, documentsUnchanged: (written.documentsUnchanged ?? 0) + batch.length - toWrite.length });
    done += batch.length;
    options.onProgress?.(done, docs.length);
  });
  if (options.replaceSources?.length) {
    const sourceKeys = new Set(options.replaceSources);
    const stale = await staleDocuments(driver, database, options.replaceSources, new Set([...docs.map((d) => d.id), ...(options.keepDocumentIds ?? [])]));
    for (let i = 0; i < stale.length; i += batchSize) {
      const docIds = stale.slice(i, i + batchSize);
      add(summary, await writeWithRetry(driver, database, (tx) => removeStaleDocuments(tx, docIds, sourceKeys)));
    }
  }
  return summary;
}
