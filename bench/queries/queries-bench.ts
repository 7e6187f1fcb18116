/**
 * Query benchmark: latency of the HTTP API on the big graph, for search, neighbour expansion of
 * ordinary nodes and of hubs, k shortest paths and saved queries, with 1 and 16 concurrent clients.
 * Request targets are regenerated from the big graph's seed, so they exist without asking Neo4j.
 */
import { COUNTRIES } from '../corpus/names.ts';
import { createRng } from '../corpus/prng.ts';
import { log } from '../lib/stats.ts';
import { bigGraphEntity } from './big-graph.ts';
import { runLoadTest, type LoadTestResult } from './load-test.ts';

export interface QueriesOptions {
  url: string;
  seed: number;
  entities: number;
  concurrency: number[];
  /** Requests per test (per concurrency level). */
  amount: number;
  /** Time cap per test. */
  maxMs: number;
  /** Distinct targets per workload. */
  samples?: number;
  /** At most this many saved queries (default 4). */
  savedQueries?: number;
  /** Warm-up requests per workload before measuring (default 40). */
  warmup?: number;
  /** Only the workloads with these names (default all). */
  only?: string[];
}

export interface Workload {
  name: string;
  description: string;
  paths: string[];
  bodies?: (string | undefined)[];
}

export interface WorkloadResult {
  name: string;
  description: string;
  runs: LoadTestResult[];
}

export interface QueriesResult {
  workloads: WorkloadResult[];
  savedQueries: string[];
}

const enc = encodeURIComponent;

/** Ordinary (non-hub) entity indexes: outside the top 1% of the Zipf ranks. */
function ordinary(seed: number, n: number, count: number, salt: number): number[] {
  const rng = createRng(seed * 131 + salt);
  const low = Math.min(n - 1, Math.max(COUNTRIES.length, Math.floor(n / 100)));
  return Array.from({ length: count }, () => low + rng.int(n - low));
}

/** Builds the request lists of every workload. */
export async function buildWorkloads(opts: QueriesOptions): Promise<{ workloads: Workload[]; savedQueries: string[] }> {
  const { seed, entities: n } = opts;
  const count = opts.samples ?? 200;
  const rng = createRng(seed * 977);
  const entity = (i: number) => bigGraphEntity(seed, i);
  const searchTerms = ordinary(seed, n, count, 1).map((i, k) => {
    const name = entity(i).name;
    // Mix of whole names, single words and type-ahead prefixes.
    if (k % 3 === 0) return name;
    const word = name.split(' ').sort((a, b) => b.length - a.length)[0]!;
    return k % 3 === 1 ? word : word.slice(0, Math.max(4, word.length - 2));
  });
  const hubs = Array.from({ length: Math.min(10, n) }, (_, i) => entity(i).id);
  const pairs = ordinary(seed, n, count * 2, 3);
  const workloads: Workload[] = [
    { name: 'search', description: 'full-text search over names and aliases (limit 20)', paths: searchTerms.map((q) => `/api/search?q=${enc(q)}&limit=20`) },
    { name: 'node', description: 'read one ordinary node with its degree per relationship type (the floor: one short read transaction)', paths: ordinary(seed, n, count, 4).map((i) => `/api/nodes/${enc(entity(i).id)}`) },
    { name: 'neighbors', description: 'expand an ordinary node (first page of 50)', paths: ordinary(seed, n, count, 2).map((i) => `/api/nodes/${enc(entity(i).id)}/neighbors?limit=50`) },
    { name: 'neighbors-hub', description: 'expand one of the 10 biggest hubs (first page of 50, totals per type)', paths: hubs.map((id) => `/api/nodes/${enc(id)}/neighbors?limit=50&offset=${rng.int(4) * 50}`) },
    {
      name: 'paths',
      description: 'k=3 shortest paths within 4 hops between two ordinary nodes',
      paths: Array.from({ length: count }, (_, k) => `/api/paths?from=${enc(entity(pairs[2 * k]!).id)}&to=${enc(entity(pairs[2 * k + 1]!).id)}&k=3&maxHops=4`),
    },
  ];
  const saved = await savedQueryWorkloads(opts.url, seed, n, opts.savedQueries ?? 4);
  workloads.push(...saved.map((w) => w.workload));
  return { workloads, savedQueries: saved.map((w) => w.workload.name) };
}

interface SavedQueryInfo {
  name: string;
  params: { name: string; type: string; default?: unknown }[];
}

/** Picks saved queries whose parameters can be filled with entity ids or names, checked with one call each. */
async function savedQueryWorkloads(url: string, seed: number, n: number, max: number): Promise<{ workload: Workload }[]> {
  let list: SavedQueryInfo[] = [];
  try {
    list = (await (await fetch(`${url}/api/queries`)).json()) as SavedQueryInfo[];
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const country = bigGraphEntity(seed, 0);
  const others = ordinary(seed, n, 3, 9).map((i) => bigGraphEntity(seed, i));
  const out: { workload: Workload }[] = [];
  for (const q of list) {
    const params: Record<string, unknown> = {};
    let slot = 0;
    for (const p of q.params) {
      if (p.default !== undefined && p.default !== null && p.default !== '') continue;
      if (p.type !== 'string') continue;
      if (/type/i.test(p.name)) {
        params[p.name] = 'Country';
        continue;
      }
      const target = /country/i.test(p.name) ? country : slot === 0 ? others[0]! : others[1]!;
      params[p.name] = /name|text|q$/i.test(p.name) ? target.name : target.id;
      slot++;
    }
    const body = JSON.stringify({ params });
    const started = performance.now();
    const res = await fetch(`${url}/api/queries/${enc(q.name)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).catch(() => null);
    const ms = performance.now() - started;
    if (!res?.ok) {
      log(`queries: saved query ${q.name} skipped (HTTP ${res?.status ?? 'error'})`);
      continue;
    }
    if (ms > 5000) {
      log(`queries: saved query ${q.name} skipped (first call took ${Math.round(ms)} ms)`);
      continue;
    }
    out.push({ workload: { name: `saved:${q.name}`, description: `saved query ${q.name} ${JSON.stringify(params)}`, paths: [`/api/queries/${enc(q.name)}`], bodies: [body] } });
    if (out.length >= max) break;
  }
  return out;
}

/** Runs every workload at every concurrency level (with a short warm-up first). */
export async function benchQueries(opts: QueriesOptions): Promise<QueriesResult> {
  const { workloads, savedQueries } = await buildWorkloads(opts);
  const results: WorkloadResult[] = [];
  for (const w of workloads) {
    if (opts.only && !opts.only.some((name) => w.name === name || w.name.startsWith(`${name}:`))) continue;
    const warmup = opts.warmup ?? 40;
    if (warmup > 0) await runLoadTest({ url: opts.url, paths: w.paths, bodies: w.bodies, connections: 2, amount: warmup, maxMs: 20_000 });
    const runs: LoadTestResult[] = [];
    for (const connections of opts.concurrency) {
      const r = await runLoadTest({ url: opts.url, paths: w.paths, bodies: w.bodies, connections, amount: opts.amount * Math.max(1, connections / 4), maxMs: opts.maxMs });
      log(`queries: ${w.name} ×${connections}: p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.requests} req, ${r.errors + r.non2xx} errors`);
      runs.push(r);
    }
    results.push({ name: w.name, description: w.description, runs });
  }
  return { workloads: results, savedQueries };
}
