/**
 * Runs console jobs under a deadline and the in-flight limits. With connection settings, each job
 * runs in a worker thread (`worker.ts`) with its own connection and a bounded heap: the main
 * thread's event loop never decodes a user's result, and at the deadline the worker is terminated,
 * which closes its connection (Neo4j stops the query) whatever Neo4j was doing. Without them (an
 * app embedded over a bare driver), jobs run in the main thread with the same limits and deadline.
 */
import { Worker } from 'node:worker_threads';
import type { QueryResult } from '../../core/index.ts';
import { AppError } from '../errors.ts';
import type { Neo4jConnection, Neo4jContext } from '../neo4j/index.ts';
import { runConsoleJob, type ConsoleJob, type ConsoleReply } from './console-job.ts';
import { createInFlightLimits, type InFlightLimits } from './in-flight.ts';
import type { ConsoleWorkerData } from './worker.ts';

/** Runs console jobs. */
export interface ConsoleRunner {
  /** Runs `job` for `client` (its address). @throws AppError 429/503 (limits), 504 (deadline), 4xx (query). */
  run(client: string, job: ConsoleJob): Promise<QueryResult>;
  /** Stops every worker. */
  close(): Promise<void>;
}

/** Options of `createConsoleRunner`. */
export interface ConsoleRunnerOptions {
  /** The main context (used when there is no `connection`). */
  ctx: Neo4jContext;
  /** How workers connect; without it jobs run in the main thread. */
  connection?: Neo4jConnection;
  limits: InFlightLimits;
  /** The whole request, planning and streaming included, ends by then. */
  deadlineMs: number;
  /** Old-generation heap of one worker. */
  workerHeapMb?: number;
  /** An idle worker stops after this long. */
  idleMs?: number;
  /** Where unexpected worker failures are reported. */
  log?: (message: string, err: unknown) => void;
}

const deadlineError = (ms: number) =>
  new AppError(504, 'QUERY_TIMEOUT', `The query did not finish within ${ms} ms and was stopped.`);

/** Creates the runner (workers start on first use). */
export function createConsoleRunner(opts: ConsoleRunnerOptions): ConsoleRunner {
  return opts.connection ? createWorkerRunner(opts, opts.connection) : createInProcessRunner(opts);
}

function createInProcessRunner(opts: ConsoleRunnerOptions): ConsoleRunner {
  const slots = createInFlightLimits(opts.limits);
  return {
    async run(client, job) {
      slots.acquire(client);
      const work = runConsoleJob(opts.ctx, job);
      // The slot stays taken until the database work has ended, even after a deadline answer.
      void work.catch(() => {}).finally(() => slots.release(client));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(deadlineError(opts.deadlineMs)), opts.deadlineMs);
      });
      try {
        return await Promise.race([work, deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {},
  };
}

const WORKER_URL = new URL('./worker-entry.mjs', import.meta.url);

function createWorkerRunner(opts: ConsoleRunnerOptions, connection: Neo4jConnection): ConsoleRunner {
  const slots = createInFlightLimits(opts.limits);
  const idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  const all = new Set<Worker>();
  const heapMb = opts.workerHeapMb ?? 256;
  const idleMs = opts.idleMs ?? 30_000;
  const workerData: ConsoleWorkerData = { connection, database: opts.ctx.database };

  const spawn = () => {
    const worker = new Worker(WORKER_URL, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    });
    worker.unref();
    all.add(worker);
    worker.once('exit', () => all.delete(worker));
    return worker;
  };
  const take = () => {
    const entry = idle.pop();
    if (!entry) return spawn();
    clearTimeout(entry.timer);
    return entry.worker;
  };
  /** After a worker was stopped, a fresh one starts at once so the next query does not pay for it. */
  const replenish = () => {
    if (all.size < opts.limits.total) park(spawn());
  };
  const park = (worker: Worker) => {
    const timer = setTimeout(() => {
      const at = idle.findIndex((e) => e.worker === worker);
      if (at !== -1) idle.splice(at, 1);
      void worker.terminate();
    }, idleMs);
    timer.unref();
    idle.push({ worker, timer });
  };

  return {
    run(client, job) {
      slots.acquire(client);
      const worker = take();
      return new Promise<QueryResult>((resolve, reject) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          slots.release(client);
        };
        const detach = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const onMessage = (reply: ConsoleReply) => {
          detach();
          park(worker);
          release();
          if (reply.ok) resolve(reply.result);
          else reject(new AppError(reply.error.status, reply.error.code, reply.error.message));
        };
        const onError = (err: Error & { code?: string }) => {
          detach();
          // The worker is gone (or going): its slot is free once it has exited.
          if (all.has(worker)) worker.once('exit', release);
          else release();
          replenish();
          if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            reject(new AppError(422, 'RESULT_TOO_LARGE', 'The result is too large to hold; return less (LIMIT, fewer properties).'));
          } else {
            opts.log?.('Console worker failed', err);
            reject(new AppError(500, 'INTERNAL', 'The console worker failed.'));
          }
        };
        const onExit = () => {
          detach();
          release();
          reject(new AppError(500, 'INTERNAL', 'The console worker stopped unexpectedly.'));
        };
        const timer = setTimeout(() => {
          detach();
          reject(deadlineError(opts.deadlineMs));
          // Terminating the thread closes its connection; the slot is free once it is really gone.
          void worker.terminate().finally(() => {
            release();
            replenish();
          });
        }, opts.deadlineMs);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(job);
      });
    },
    async close() {
      for (const { timer } of idle.splice(0)) clearTimeout(timer);
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
