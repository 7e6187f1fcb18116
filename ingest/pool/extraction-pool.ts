/**
 * Extraction on several cores. Per-document analysis (tokens, mentions, resolution, relations) runs
 * in worker threads; the corpus-wide merge runs in the calling thread over the analyses in input
 * order, so the result is the one-thread extractor's, identical. Documents go out in small slices,
 * each to the next free worker, so a long article does not hold the others back.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentRecord, ExtractionResult } from '../../core/index.ts';
import { EXTRACTOR_NAME } from '../extract/extract.ts';
import { mergeDocuments, type AnalysedDocument } from '../extract/merge/merge.ts';
import { analysedFromMessage } from './analyse-for-merge.ts';
import type { AnalysisJob, AnalysisReply } from './extraction-worker.ts';

/** A document whose analysis threw; the others are extracted without it. */
export interface ExtractionFailure {
  doc: DocumentRecord;
  message: string;
}

export interface PooledExtraction {
  result: ExtractionResult;
  failures: ExtractionFailure[];
}

export interface ExtractionPool {
  /** Worker threads (started on the first extraction). */
  readonly size: number;
  /** Extracts documents; one call at a time (calls made meanwhile wait their turn). */
  extract(docs: DocumentRecord[]): Promise<PooledExtraction>;
  /** Stops the workers; an extraction in progress fails with "extraction stopped". */
  close(): Promise<void>;
}

/**
 * Old-generation heap of each worker by default (MB). A worker's live data is about 100 MB (the
 * wink-nlp model, the gazetteer, the lexicon, bounded caches, the documents in hand); left to the
 * default limit of the process (a quarter of the machine's memory, and more), V8 lets each worker's
 * heap grow to several times that before collecting, and the peak of the whole process drifts up as
 * a run goes on. A cap makes V8 collect sooner instead: the same work in a heap that stays put.
 */
export const DEFAULT_WORKER_HEAP_MB = 384;

/** Worker threads by default: one per core the process may use. */
export function defaultWorkerCount(): number {
  return os.availableParallelism();
}

const WORKER_URL = new URL('./extraction-worker-entry.mjs', import.meta.url);
/** Documents per message: small enough to balance the workers, large enough to keep messages few. */
const SLICE = 4;

export interface ExtractionPoolOptions {
  /** Old-generation heap of each worker, MB (default DEFAULT_WORKER_HEAP_MB). */
  heapMb?: number;
}

/** Creates a pool of `size` extraction workers (at least 1). */
export function createExtractionPool(size: number, options: ExtractionPoolOptions = {}): ExtractionPool {
  const count = Math.max(1, Math.floor(size));
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  let workers: Worker[] = [];
  let closed = false;
  let turn: Promise<unknown> = Promise.resolve();
  /** Fails the extraction in progress (a worker died, or the pool was closed). */
  let abort: ((err: Error) => void) | undefined;

  const start = () => {
    if (workers.length) return;
    workers = Array.from({ length: count }, () => {
      const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      w.unref(); // idle workers do not keep the process alive; busy ones are waited for by the caller
      w.on('error', (err) => {
        const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        abort?.(new Error(outOfMemory
          ? `an extraction worker ran out of memory (its heap is capped at ${heapMb} MB; raise --worker-heap, or extract in the main thread with --workers 1)`
          : `an extraction worker failed: ${err.message}`));
      });
      w.on('exit', (code) => {
        if (!closed) abort?.(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      return w;
    });
  };

  const run = (docs: DocumentRecord[]): Promise<PooledExtraction> => {
    if (closed) return Promise.reject(new Error('extraction stopped'));
    if (docs.length === 0) return Promise.resolve({ result: mergeDocuments([], [], EXTRACTOR_NAME), failures: [] });
    start();
    const jobs: DocumentRecord[][] = [];
    for (let i = 0; i < docs.length; i += SLICE) jobs.push(docs.slice(i, i + SLICE));
    const replies: AnalysisReply['out'][] = new Array(jobs.length);
    return new Promise<PooledExtraction>((resolve, reject) => {
      let sent = 0;
      let received = 0;
      const listeners = new Map<Worker, (reply: AnalysisReply) => void>();
      const detach = () => {
        abort = undefined;
        for (const [w, fn] of listeners) w.off('message', fn), w.unref();
      };
      const feed = (w: Worker) => {
        if (sent >= jobs.length) return;
        const id = sent++;
        w.postMessage({ id, docs: jobs[id]! } satisfies AnalysisJob);
      };
      abort = (err) => {
        detach();
        reject(err);
      };
      for (const w of workers) {
        const onMessage = (reply: AnalysisReply) => {
          replies[reply.id] = reply.out;
          received++;
          if (received < jobs.length) return feed(w);
          detach();
          try {
            resolve(mergeInOrder(jobs, replies));
          } catch (e) {
            reject(e as Error);
          }
        };
        listeners.set(w, onMessage);
        w.on('message', onMessage);
        w.ref();
        feed(w);
      }
    });
  };

  return {
    size: count,
    extract(docs) {
      const mine = turn.then(() => run(docs));
      turn = mine.catch(() => {});
      return mine;
    },
    async close() {
      if (closed) return;
      closed = true;
      abort?.(new Error('extraction stopped'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The merge over every analysis, in the documents' order; failed documents are left out and listed. */
function mergeInOrder(jobs: DocumentRecord[][], replies: AnalysisReply['out'][]): PooledExtraction {
  const analysed: AnalysedDocument[] = [];
  const ok: DocumentRecord[] = [];
  const failures: ExtractionFailure[] = [];
  jobs.forEach((docs, j) => {
    docs.forEach((doc, k) => {
      const r = replies[j]![k]!;
      if (r.ok) analysed.push(analysedFromMessage(doc, r.analysis)), ok.push(doc);
      else failures.push({ doc, message: r.message });
    });
  });
  return { result: mergeDocuments(analysed, ok, EXTRACTOR_NAME), failures };
}
