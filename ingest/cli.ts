/**
 * `npm run ingest -- [options] <path...>`: reads news files, extracts entities and relationships
 * with evidence, and loads them into Neo4j (or only extracts, with --dry-run).
 */
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { createNeo4jDriver } from '../config/neo4j-driver.ts';
import { readNeo4jEnvironment } from '../config/environment.ts';
import { describeFormats } from './read/index.ts';
import { DEFAULT_BATCH_SIZE } from './load/load-extraction.ts';
import { DEFAULT_CHUNK_SIZE, runIngest, type IngestProgress, type IngestReport, type IngestStage } from './pipeline.ts';
import { DEFAULT_WORKER_HEAP_MB, defaultWorkerCount } from './pool/extraction-pool.ts';
import { duration, estimate } from './progress-estimate.ts';
import { watch } from './watch.ts';
import { DEFAULT_FETCH_TIMEOUT_MS } from './fetch/fetch-url.ts';
import { checkPublishedAt } from './read/document-metadata.ts';

const STAGE_LABEL: Record<IngestStage, string> = { read: 'reading   ', extract: 'extracting', load: 'loading   ' };

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function publicationDate(value: string): string {
  const checked = checkPublishedAt(value);
  if ('error' in checked) throw new InvalidArgumentError('expected an ISO 8601 date such as 2025-01-20 (or a date-time)');
  return checked.value;
}

const count = (n: number) => n.toLocaleString('en-US');

/** A progress bar on a terminal; elsewhere (a log file) one line every 10 s. */
function createProgress(enabled: boolean, tty: boolean) {
  if (!enabled) return { update: (_: IngestProgress) => {}, stop: () => {} };
  if (!tty) {
    let last = performance.now();
    return {
      update(p: IngestProgress) {
        if (performance.now() - last < 10_000) return;
        last = performance.now();
        const e = estimate(p);
        process.stderr.write(`${STAGE_LABEL[p.stage].trim()}: ${count(p.documentsDone)} of ~${count(e.total)} documents done (${count(p.documentsSkipped)} skipped), ${e.rate.toFixed(0)} documents/s, ETA ${duration(e.etaS)}\n`);
      },
      stop: () => {},
    };
  }
  const bar = new SingleBar(
    { format: ' {stage} [{bar}] {percentage}% | {value}/{total} documents ({skipped} skipped) | {rate}/s | ETA {left}', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    update(p: IngestProgress) {
      if (stopped) return;
      const e = estimate(p);
      const payload = { stage: STAGE_LABEL[p.stage], skipped: count(p.documentsSkipped), rate: e.rate.toFixed(0), left: duration(e.etaS) };
      if (!started) bar.start(Math.max(e.total, 1), p.documentsDone, payload), (started = true);
      bar.setTotal(Math.max(e.total, 1));
      bar.update(p.documentsDone, payload);
    },
    stop: () => {
      stopped = true;
      bar.stop();
    },
  };
}

function printSummary(report: IngestReport, dryRun: boolean): void {
  const summed = report.chunks > 1 ? ` (summed over ${report.chunks} chunks)` : '';
  const lines = [
    `documents:     ${report.documents} extracted`,
    `entities:      ${report.entities}${summed}`,
    `relationships: ${report.relations}${summed}`,
  ];
  if (report.skipped) lines.push(`skipped:       ${report.skipped} documents already stored with the same text (not extracted again)`);
  if (report.load) {
    const l = report.load;
    lines.push(
      `loaded:        ${l.documentsWritten} documents written (${l.documentsReplaced} replaced), ${l.documentsUnchanged} unchanged, ${l.documentsRemoved} removed (no longer in their file)`,
      `removed:       ${l.factsRemoved} relationships, ${l.entitiesRemoved} entities no longer supported`,
    );
  } else if (dryRun) lines.push('database:      not touched (--dry-run)');
  lines.push(`failures:      ${report.failures.length}`, `time:          ${(report.elapsedMs / 1000).toFixed(2)} s`);
  for (const f of report.failures) lines.push(`  ✗ ${f.path}: ${f.message}`);
  if (report.interrupted) {
    lines.push(
      `interrupted:   stopped after the transaction in flight; ${report.load?.documentsWritten ?? 0} documents were written by this run.`,
      '               Run the same command again to go on: documents already stored are skipped.',
    );
  }
  process.stderr.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  let env: ReturnType<typeof readNeo4jEnvironment>;
  try {
    env = readNeo4jEnvironment(process.env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const program = new Command()
    .name('ingest')
    .description('Extract people, countries, organizations, treaties, events and places and the links between them from news, with evidence, into Neo4j.')
    .argument('<path...>', `files, folders or http(s) URLs of pages and feeds; formats read: ${describeFormats()}`)
    .option('--dry-run', 'extract only; do not touch the database', false)
    .option('--out <file>', 'write the extraction result as JSON')
    .option('--uri <uri>', 'Neo4j URI (env NEO4J_URI)', env.uri ?? `bolt://127.0.0.1:${env.port}`)
    .option('--user <user>', 'Neo4j user (env NEO4J_USER)', env.user)
    .option('--password <password>', 'Neo4j password (env NEO4J_PASSWORD)', env.password)
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE)', env.database)
    .option('--batch-size <n>', 'most documents per write transaction (fewer when they hold many rows)', positiveInt, DEFAULT_BATCH_SIZE)
    .option('--workers <n>', 'extraction threads (1: extract in the main thread)', positiveInt, defaultWorkerCount())
    .option('--worker-heap <MB>', 'heap of each extraction thread (old generation); a cap keeps memory level on long runs', positiveInt, DEFAULT_WORKER_HEAP_MB)
    .option('--chunk-size <n>', 'documents extracted, merged and loaded together (bounds memory on large runs)', positiveInt, DEFAULT_CHUNK_SIZE)
    .option('--max-file-size <bytes>', 'largest file accepted', positiveInt, 20 * 1024 * 1024)
    .option('--no-progress', 'no progress bar')
    .option('--allow-private-hosts', 'let URLs reach private, loopback and link-local addresses (refused by default)', false)
    .option('--fetch-timeout <ms>', 'deadline of each URL fetch, redirects included', positiveInt, DEFAULT_FETCH_TIMEOUT_MS)
    .option('--watch', 'keep going: ingest what is new or changed in the folders, files and feeds every interval', false)
    .option('--interval <seconds>', 'time between two --watch cycles', positiveInt, 300)
    .option('--cycles <n>', 'stop --watch after n cycles', positiveInt)
    .option('--published-at <date>', 'publication date of documents that give none (plain text without a dated dateline): relative dates such as "yesterday" resolve against it', publicationDate)
    .showHelpAfterError()
    .parse(argv);
  const paths = program.args;
  const opts = program.opts<{
    dryRun: boolean; out?: string; uri: string; user: string; password?: string; database: string;
    batchSize: number; workers: number; workerHeap: number; chunkSize: number; maxFileSize: number; progress: boolean;
    allowPrivateHosts: boolean; fetchTimeout: number; watch: boolean; interval: number; cycles?: number; publishedAt?: string;
  }>();
  if (opts.watch && opts.dryRun) {
    process.stderr.write('--watch needs the database (it remembers there what it has ingested); drop --dry-run.\n');
    return 2;
  }

  let driver: Driver | undefined;
  if (!opts.dryRun) {
    driver = createNeo4jDriver({ uri: opts.uri, user: opts.user, password: opts.password });
    try {
      await driver.getServerInfo({ database: opts.database });
    } catch (e) {
      await driver.close();
      process.stderr.write(
        `Cannot reach Neo4j at ${opts.uri}: ${(e as Error).message}\n` +
          'Start the local database with `npm run db:start`, set NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD), or use --dry-run.\n',
      );
      return 2;
    }
  }
  const common = {
    paths,
    driver,
    database: opts.database,
    maxBytes: opts.maxFileSize,
    batchSize: opts.batchSize,
    workers: opts.workers,
    workerHeapMb: opts.workerHeap,
    chunkSize: opts.chunkSize,
    allowPrivateHosts: opts.allowPrivateHosts,
    fetchTimeoutMs: opts.fetchTimeout,
    publishedAt: opts.publishedAt,
  };
  if (opts.watch) {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    process.stderr.write(`watching ${paths.length} path${paths.length === 1 ? '' : 's'} every ${opts.interval} s (Ctrl-C stops)\n`);
    try {
      const r = await watch({ ...common, intervalMs: opts.interval * 1000, cycles: opts.cycles, signal: stop.signal, log: (line) => process.stderr.write(line + '\n') });
      return r.failedCycles > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await driver?.close();
    }
  }
  const progress = createProgress(opts.progress, Boolean(process.stderr.isTTY));
  // Ctrl-C once: stop cleanly (the transaction in flight commits, nothing else starts). Twice: quit now,
  // and Neo4j rolls back the transaction in flight when the connection drops.
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    progress.stop();
    process.stderr.write('\nstopping after the transaction in flight (Ctrl-C again to quit at once)…\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const report = await runIngest({
      ...common,
      out: opts.out,
      signal: stop.signal,
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    printSummary(report, opts.dryRun);
    if (opts.out && !report.interrupted) process.stderr.write(`extraction result written to ${opts.out}\n`);
    if (report.interrupted) return 130;
    return report.failures.length > 0 ? 1 : 0;
  } catch (e) {
    progress.stop();
    process.stderr.write(`ingest failed: ${(e as Error).message}\nNothing of the failed batch was written (each batch is one transaction).\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await driver?.close();
  }
}

process.exitCode = await main(process.argv);
