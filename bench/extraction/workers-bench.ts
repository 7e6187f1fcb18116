/**
 * Extraction on worker threads against one thread: the same generated corpus extracted in the main
 * thread (today's one-thread path) and by pools of 1…cores workers, rounds alternating so a change
 * in the machine's load hits every mode alike. Each run records the 1-minute load average beside
 * its figure (the machine is shared: above the core count, other work competed for the CPU), and
 * the pool's result is checked to be identical to the one-thread result.
 */
import os from 'node:os';
import { extract } from '../../ingest/extract/index.ts';
import { createExtractionPool, type ExtractionPool } from '../../ingest/pool/extraction-pool.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { log, round } from '../lib/stats.ts';

export interface WorkersBenchOptions {
  articles: number;
  words: number;
  /** Runs of each mode (alternating). */
  rounds: number;
  /** Largest pool measured (default: the machine's cores). */
  maxWorkers?: number;
}

export interface WorkersModeResult {
  /** 0: the main thread, no pool. */
  workers: number;
  /** cpuMs: CPU time of the whole process (every thread) during the run. */
  runs: { ms: number; cpuMs: number; articlesPerSec: number; loadAvg: number }[];
  medianMs: number;
  /** Median CPU time: the work done, whatever the machine's load; above the main thread's is the pool's overhead. */
  medianCpuMs: number;
  articlesPerSec: number;
  /** Mean 1-minute load average over this mode's runs. */
  loadAvg: number;
  /** Time to start the pool's threads and load the extractor in them (not in the runs). */
  startMs?: number;
  /** The pool's result equals the one-thread result (JSON, order included). */
  identical?: boolean;
}

export interface WorkersBenchResult {
  articles: number;
  words: number;
  cores: number;
  modes: WorkersModeResult[];
  /** Largest pool against the main thread. */
  speedup: number;
  /** Each worker added beyond the first: throughput gained, as a multiple of one worker's. */
  perAddedWorker: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function benchExtractionWorkers(opts: WorkersBenchOptions): Promise<WorkersBenchResult> {
  const cores = os.availableParallelism();
  const sizes = Array.from({ length: Math.max(1, Math.min(opts.maxWorkers ?? cores, cores)) }, (_, i) => i + 1);
  const { documents } = generateCorpus({ seed: 11, articles: opts.articles, words: opts.words });
  extract(documents.slice(0, 20)); // warm-up of the main thread
  const reference = JSON.stringify(extract(documents));
  const pools = new Map<number, ExtractionPool>();
  const modes = new Map<number, WorkersModeResult>([[0, { workers: 0, runs: [], medianMs: 0, medianCpuMs: 0, articlesPerSec: 0, loadAvg: 0 }]]);
  try {
    for (const n of sizes) {
      const pool = createExtractionPool(n);
      pools.set(n, pool);
      const t0 = performance.now();
      await pool.extract(documents.slice(0, 4 * n)); // every thread started and warm
      const startMs = round(performance.now() - t0);
      const identical = JSON.stringify((await pool.extract(documents)).result) === reference;
      modes.set(n, { workers: n, runs: [], medianMs: 0, medianCpuMs: 0, articlesPerSec: 0, loadAvg: 0, startMs, identical });
    }
    for (let r = 0; r < opts.rounds; r++) {
      for (const [n, mode] of modes) {
        const loadAvg = os.loadavg()[0]!;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        if (n === 0) extract(documents);
        else await pools.get(n)!.extract(documents);
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(c0);
        mode.runs.push({ ms: round(ms), cpuMs: round((cpu.user + cpu.system) / 1000), articlesPerSec: round(documents.length / (ms / 1000)), loadAvg: round(loadAvg) });
        log(`extraction workers: ${n === 0 ? 'main thread' : `${n} worker${n > 1 ? 's' : ''}`}: ${round(documents.length / (ms / 1000))} articles/s (load ${loadAvg.toFixed(2)})`);
      }
    }
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
  }
  for (const mode of modes.values()) {
    mode.medianMs = round(median(mode.runs.map((x) => x.ms)));
    mode.medianCpuMs = round(median(mode.runs.map((x) => x.cpuMs)));
    mode.articlesPerSec = round(documents.length / (mode.medianMs / 1000));
    mode.loadAvg = round(mode.runs.reduce((s, x) => s + x.loadAvg, 0) / mode.runs.length);
  }
  const rate = (n: number) => modes.get(n)!.articlesPerSec;
  return {
    articles: opts.articles,
    words: opts.words,
    cores,
    modes: [...modes.values()],
    speedup: round(rate(sizes[sizes.length - 1]!) / rate(0)),
    perAddedWorker: sizes.slice(1).map((n) => round((rate(n) - rate(n - 1)) / rate(1))),
  };
}
