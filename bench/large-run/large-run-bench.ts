/**
 * Large runs: the ingest command, as a user runs it, on generated corpora of growing size (JSONL
 * files of 1,000 articles), each into an emptied database. Records time, rate and the peak resident
 * memory of the ingest process (VmHWM, all its threads) per size, then runs the same command again
 * to time how fast a finished run is skipped. Bounded memory shows as a peak that does not grow
 * with the number of articles.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BATCH_SIZE } from '../../ingest/load/load-extraction.ts';
import { writeCorpusFiles } from '../corpus/write-corpus.ts';
import { peakRssMiB, rssMiB } from '../lib/memory.ts';
import { clearDatabase, type BenchNeo4j } from '../lib/neo4j.ts';
import { log, round } from '../lib/stats.ts';

/** Articles between two readings of the peak during a run. */
const MILESTONE = 10_000;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LargeRunOptions {
  /** Articles of each run, smallest first. */
  sizes: number[];
  words: number;
  /** Extra arguments of the ingest command (e.g. --workers). */
  args?: string[];
}

export interface LargeRun {
  articles: number;
  ms: number;
  articlesPerSec: number;
  peakRssMiB: number;
  /** Peak RSS divided by tens of thousands of articles (falls as runs grow when memory is bounded). */
  peakRssMiBPer10k: number;
  loadAvg: { start: number; end: number };
  exitCode: number | null;
  /**
   * The process's peak RSS when each further 10,000 articles were done (from its progress lines,
   * one every 10 s): level figures mean memory does not grow with the run.
   */
  peakRssAt?: { articles: number; peakRssMiB: number; currentRssMiB: number }[];
  /** The same command again on the finished database. */
  rerun: { ms: number; skipped: number; exitCode: number | null };
}

export interface LargeRunResult {
  words: number;
  args: string[];
  /** The ingest command's default documents per write transaction when it ran (runs recorded without it used 100). */
  batchSize?: number;
  runs: LargeRun[];
}

/** Runs the ingest command and follows its peak memory. */
function ingest(db: BenchNeo4j, args: string[]): Promise<{ ms: number; peakRssMiB: number; code: number | null; stderr: string; milestones: NonNullable<LargeRun['peakRssAt']> }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let peak = 0;
    const milestones: NonNullable<LargeRun['peakRssAt']> = [];
    const sample = () => (peak = Math.max(peak, peakRssMiB(child.pid) ?? 0));
    const timer = setInterval(sample, 200);
    child.stderr.on('data', (b: Buffer) => {
      const text = b.toString();
      stderr = (stderr + text).slice(-200_000);
      sample();
      // "Extracting: 12,345 of ~100,000 documents done …": note the peak at each further 10,000.
      for (const m of text.matchAll(/([\d,]+) of ~[\d,]+ documents done/g)) {
        const done = Number(m[1]!.replaceAll(',', ''));
        const next = ((milestones.at(-1)?.articles ?? 0) + MILESTONE);
        if (done >= next) {
          const entry = { articles: Math.floor(done / MILESTONE) * MILESTONE, peakRssMiB: peak, currentRssMiB: rssMiB(child.pid) ?? 0 };
          milestones.push(entry);
          log(`large run: ${done} articles done, peak RSS ${entry.peakRssMiB} MiB, now ${entry.currentRssMiB} MiB`);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - t0, peakRssMiB: peak, code, stderr, milestones });
    });
  });
}

export async function benchLargeRuns(db: BenchNeo4j, opts: LargeRunOptions): Promise<LargeRunResult> {
  const perFile = 1000;
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-large-run-'));
  const runs: LargeRun[] = [];
  try {
    const max = Math.max(...opts.sizes);
    const files = writeCorpusFiles(dir, { articles: max, perFile: Math.min(perFile, max), words: opts.words, seed: 42 });
    const per = Math.min(perFile, max);
    for (const articles of opts.sizes) {
      await clearDatabase(db.driver);
      const paths = files.slice(0, Math.ceil(articles / per));
      const args = [...(opts.args ?? []), ...paths];
      const start = os.loadavg()[0]!;
      const first = await ingest(db, args);
      const end = os.loadavg()[0]!;
      if (first.code !== 0) log(`large run: ingest of ${articles} articles exited with ${first.code}:\n${first.stderr.slice(-2000)}`);
      const again = await ingest(db, args);
      const skipped = Number(/skipped:\s+(\d+)/.exec(again.stderr)?.[1] ?? 0);
      const run: LargeRun = {
        articles,
        ms: round(first.ms),
        articlesPerSec: round(articles / (first.ms / 1000)),
        peakRssMiB: first.peakRssMiB,
        peakRssMiBPer10k: round(first.peakRssMiB / (articles / 10_000)),
        loadAvg: { start: round(start), end: round(end) },
        exitCode: first.code,
        ...(first.milestones.length ? { peakRssAt: first.milestones } : {}),
        rerun: { ms: round(again.ms), skipped, exitCode: again.code },
      };
      log(`large run: ${articles} articles in ${round(first.ms / 1000)} s (${run.articlesPerSec}/s), peak RSS ${run.peakRssMiB} MiB, load ${run.loadAvg.start} → ${run.loadAvg.end}; again: ${skipped} skipped in ${round(again.ms / 1000)} s`);
      runs.push(run);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { words: opts.words, args: opts.args ?? [], batchSize: DEFAULT_BATCH_SIZE, runs };
}
