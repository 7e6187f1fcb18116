/**
 * One bounded HTTP load test with autocannon: N connections cycling through a list of request paths,
 * stopped after `amount` requests or `maxMs`, whichever comes first. Latencies are collected per
 * response so that p50/p95/p99 are exact (autocannon's own summary has no p95).
 */
import autocannon from 'autocannon';
import { percentile, round } from '../lib/stats.ts';

export interface LoadTestOptions {
  url: string;
  /** Request paths (with query string), used round-robin. */
  paths: string[];
  /** POST bodies matching `paths` (JSON); GET when absent. */
  bodies?: (string | undefined)[];
  connections: number;
  amount: number;
  maxMs: number;
  /** Per-request timeout in seconds (default 30). */
  timeoutS?: number;
}

export interface LoadTestResult {
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  seconds: number;
}

/** Runs one load test; never throws for HTTP errors (they are counted). */
export function runLoadTest(opts: LoadTestOptions): Promise<LoadTestResult> {
  let next = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        amount: opts.amount,
        timeout: opts.timeoutS ?? 30,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        requests: [
          {
            setupRequest: (req) => {
              const i = next++ % opts.paths.length;
              const body = opts.bodies?.[i];
              return { ...req, path: opts.paths[i]!, method: body ? 'POST' : 'GET', body };
            },
          },
        ],
      },
      (err, result) => {
        clearTimeout(timer);
        if (err) return reject(err);
        resolve({
          connections: opts.connections,
          requests: latencies.length,
          errors: result.errors,
          non2xx,
          timeouts: result.timeouts,
          p50: round(percentile(latencies, 50)),
          p95: round(percentile(latencies, 95)),
          p99: round(percentile(latencies, 99)),
          max: round(percentile(latencies, 100)),
          rps: round(latencies.length / Math.max(result.duration, 0.001)),
          seconds: round(result.duration),
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status < 200 || status >= 300) non2xx++;
    });
    const timer = setTimeout(() => instance.stop(), opts.maxMs);
  });
}
