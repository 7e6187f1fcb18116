/**
 * `--watch`: ingests the given folders, files and feeds again every interval, incrementally: files
 * and URLs whose bytes are unchanged since the last cycle (the database remembers their hashes and
 * a URL's ETag and Last-Modified) are skipped, and so are documents stored with the same content.
 * One line per cycle. A database error ends the cycle, not the watch: the next cycle retries.
 */
import type { IngestOptions, IngestReport } from './pipeline.ts';
import { runIngest } from './pipeline.ts';

export interface WatchOptions extends IngestOptions {
  /** Time between the end of one cycle and the start of the next (ms). */
  intervalMs: number;
  /** Stop after this many cycles (default: until `signal` aborts). */
  cycles?: number;
  signal?: AbortSignal;
  /** Receives one line per cycle. */
  log: (line: string) => void;
}

/** The line printed for a cycle. */
export function cycleLine(cycle: number, report: IngestReport): string {
  const l = report.load;
  const parts = [
    `${report.sources.checked} sources checked, ${report.sources.unchanged} unchanged`,
    `${report.documents} documents extracted`,
    l ? `${l.documentsWritten} written, ${l.documentsRemoved} removed` : 'database not touched',
    `${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`,
    `${(report.elapsedMs / 1000).toFixed(1)} s`,
  ];
  return `${new Date().toISOString()} cycle ${cycle}: ${parts.join(', ')}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs cycles until `cycles` are done or `signal` aborts. Returns the number of failed cycles and failures seen. */
export async function watch(options: WatchOptions): Promise<{ cycles: number; failures: number; failedCycles: number }> {
  let cycle = 0;
  let failures = 0;
  let failedCycles = 0;
  while (!options.signal?.aborted && (options.cycles === undefined || cycle < options.cycles)) {
    cycle++;
    try {
      const report = await runIngest({ ...options, incremental: true });
      failures += report.failures.length;
      options.log(cycleLine(cycle, report));
      for (const f of report.failures) options.log(`  ✗ ${f.path}: ${f.message}`);
    } catch (e) {
      failedCycles++;
      options.log(`${new Date().toISOString()} cycle ${cycle}: failed: ${(e as Error).message} (retried next cycle)`);
    }
    if (options.cycles !== undefined && cycle >= options.cycles) break;
    await sleep(options.intervalMs, options.signal);
  }
  return { cycles: cycle, failures, failedCycles };
}
