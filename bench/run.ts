/**
 * `npm run bench` (full) and `npm run bench -- --quick` (smoke run). Measures the corpus generator,
 * extraction, loading, queries on a big generated graph through the HTTP API, and rendering in
 * headless Chromium; writes bench/results/<date>.json and (full runs, or with --markdown)
 * regenerates BENCHMARKS.md. Options: --only=a,b (sections: corpus, extraction, extractionWorkers,
 * loading, largeRun, queries, rendering), --large-sizes=2000,20000 (articles of each large run), --out=DIR, --markdown / --no-markdown, --no-explorer, --smoke (tiny sizes, for the test),
 * --report=FILE (only regenerate BENCHMARKS.md from an existing results file), --graph-entities=N,
 * --graph-relationships=N, --graph-budget-s=S (per phase; e.g. 1200 for the full 1M/5M on a slow machine),
 * --render-sizes=10000,20000 (nodes of the rendering graphs, edges twice as many), --base=FILE (a run of
 * some sections keeps the other sections from FILE instead of from the same day's results file).
 * Uses NEO4J_URI when set (that database is wiped!), else a fresh local Neo4j removed afterwards.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus/generate.ts';
import { benchExtraction } from './extraction/extraction-bench.ts';
import { benchExtractionWorkers } from './extraction/workers-bench.ts';
import { machineInfo } from './lib/machine.ts';
import { PeakTracker } from './lib/memory.ts';
import { clearDatabase, dropSchema, startBenchNeo4j, type BenchNeo4j } from './lib/neo4j.ts';
import { log, round } from './lib/stats.ts';
import { benchLargeRuns } from './large-run/large-run-bench.ts';
import { benchLoading } from './loading/loading-bench.ts';
import { FULL, QUICK, SMOKE } from './profiles.ts';
import { generateBigGraph } from './queries/big-graph.ts';
import { benchQueries } from './queries/queries-bench.ts';
import { startServerProcess, type ServerProcess } from './queries/server-process.ts';
import { EXPLORER_DIST, benchRendering, buildRenderPages } from './render/render-bench.ts';
import { writeBenchmarksMd } from './report/markdown.ts';

const SECTIONS = ['corpus', 'extraction', 'extractionWorkers', 'loading', 'largeRun', 'queries', 'rendering'] as const;
type Section = (typeof SECTIONS)[number];
const HERE = fileURLToPath(new URL('.', import.meta.url));

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick') || flag('smoke');
const baseProfile = flag('smoke') ? SMOKE : quick ? QUICK : FULL;
const num = (name: string) => (value(name) === undefined ? undefined : Number(value(name)));
const budgetS = num('graph-budget-s');
const renderSizes = value('render-sizes')?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const profile = {
  ...baseProfile,
  rendering: renderSizes?.length ? { ...baseProfile.rendering, sizes: renderSizes.map((nodes) => ({ nodes, edges: nodes * 2 })) } : baseProfile.rendering,
  bigGraph: {
    entities: num('graph-entities') ?? baseProfile.bigGraph.entities,
    relationships: num('graph-relationships') ?? baseProfile.bigGraph.relationships,
    entityBudgetMs: budgetS ? budgetS * 1000 : baseProfile.bigGraph.entityBudgetMs,
    budgetMs: budgetS ? budgetS * 1000 : baseProfile.bigGraph.budgetMs,
  },
};
const largeSizes = value('large-sizes')?.split(',').map(Number);
if (largeSizes) profile.largeRun = { ...profile.largeRun, sizes: largeSizes };
const only = (value('only')?.split(',') ?? SECTIONS) as Section[];
const outDir = value('out') ?? join(HERE, 'results');
const markdown = flag('markdown') || (!quick && !flag('no-markdown'));
const wants = (s: Section) => only.includes(s);

const results: Record<string, unknown> = {};
const peaks = new PeakTracker();
const started = Date.now();
const machine = machineInfo();
let db: BenchNeo4j | undefined;
let server: ServerProcess | undefined;
const loads: number[] = [];
let lastLoadSample = 0;
const sample = () => {
  if (Date.now() - lastLoadSample > 5000) {
    loads.push(os.loadavg()[0]!);
    lastLoadSample = Date.now();
  }
  peaks.sample('node (bench)', 'self');
  peaks.sample('neo4j', db?.pid);
  peaks.sample('node (api server)', server?.pid);
};
const sampler = setInterval(sample, 500);

/** Runs a section; a failure is recorded in the results and the run goes on. */
async function section<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  log(`── ${name}`);
  const t0 = performance.now();
  try {
    const value = await fn();
    results[name] = value;
    return value;
  } catch (err) {
    log(`${name} failed: ${(err as Error).stack ?? err}`);
    results[name] = { error: (err as Error).message };
    return undefined;
  } finally {
    log(`${name}: ${round((performance.now() - t0) / 1000)} s`);
  }
}

async function main(): Promise<void> {
  log(`profile ${profile.name}; sections ${only.join(', ')}`);
  if (wants('corpus')) {
    await section('corpus', async () => {
      const t0 = performance.now();
      const { documents, gold } = generateCorpus({ articles: profile.corpusArticles });
      const ms = performance.now() - t0;
      const words = documents.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
      const docsPerEntity = gold.entities.map((e) => Object.keys(e.mentions ?? {}).length).sort((a, b) => b - a);
      return {
        articles: documents.length,
        meanWords: round(words / documents.length),
        articlesPerSec: round(documents.length / (ms / 1000)),
        entities: gold.entities.length,
        facts: gold.relations.length,
        evidence: gold.relations.reduce((s, r) => s + r.evidence.length, 0),
        relationTypes: new Set(gold.relations.map((r) => r.type)).size,
        topEntityDocShare: round(docsPerEntity[0]! / documents.length),
        entitiesInOneDoc: round(docsPerEntity.filter((n) => n === 1).length / docsPerEntity.length),
      };
    });
  }
  if (wants('extraction')) await section('extraction', () => benchExtraction({ lengths: profile.extraction }));
  if (wants('extractionWorkers')) await section('extractionWorkers', () => benchExtractionWorkers(profile.extractionWorkers));
  if (wants('loading') || wants('largeRun') || wants('queries') || wants('rendering')) {
    db = await startBenchNeo4j(profile.neo4j);
    log(`Neo4j ${db.version} at ${db.uri}${db.external ? ' (NEO4J_URI)' : ` (local, heap ${db.heap}, page cache ${db.pagecache})`}`);
  }
  if (db && wants('loading')) await section('loading', () => benchLoading(db!.driver, profile.loading));
  if (db && wants('largeRun')) await section('largeRun', () => benchLargeRuns(db!, profile.largeRun));
  const explorer = wants('rendering') && !flag('no-explorer');
  if (wants('rendering')) {
    await section('renderBuild', async () => {
      const t0 = performance.now();
      await buildRenderPages(explorer);
      return { ms: round(performance.now() - t0), explorer };
    });
  }
  if (db && (wants('queries') || wants('rendering'))) {
    if (wants('queries')) {
      const graph = await section('bigGraph', async () => {
        await clearDatabase(db!.driver);
        await dropSchema(db!.driver);
        return generateBigGraph(db!.driver, { ...profile.bigGraph, seed: 7 });
      });
      server = await startServerProcess(db, explorer ? EXPLORER_DIST : undefined);
      if (graph) {
        await section('queries', () =>
          benchQueries({ url: server!.url, seed: 7, entities: graph.entities, ...profile.queries }),
        );
      }
    } else {
      server = await startServerProcess(db, explorer ? EXPLORER_DIST : undefined);
    }
    if (wants('rendering')) {
      await section('rendering', () => benchRendering({ ...profile.rendering, explorerUrl: explorer ? server!.url : undefined }));
    }
  }
}

async function finish(): Promise<void> {
  sample();
  clearInterval(sampler);
  await server?.stop().catch(() => {});
  await db?.stop().catch(() => {});
  const date = new Date().toISOString().slice(0, 10);
  const report = {
    meta: {
      date: new Date().toISOString(),
      profile: profile.name,
      sections: only,
      durationS: round((Date.now() - started) / 1000),
      machine: {
        ...machine,
        loadAvg: {
          ...machine.loadAvg,
          end: round(os.loadavg()[0]!),
          mean: round(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)),
          max: round(Math.max(...loads, 0)),
        },
      },
      neo4j: db ? { version: db.version, external: db.external, heap: db.heap, pagecache: db.pagecache } : undefined,
      profileSettings: profile,
    },
    ...results,
    memory: { peakRssMiB: peaks.toJSON() },
  };
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${date}${quick ? '-quick' : ''}.json`);
  // A run of some sections (--only) keeps the other sections of the same day's results file (or of --base).
  const baseFile = value('base') ?? file;
  if (only.length < SECTIONS.length && existsSync(baseFile)) {
    const previous = JSON.parse(readFileSync(baseFile, 'utf8')) as Record<string, any>;
    const mine = new Set(Object.keys(results));
    for (const [k, v] of Object.entries(previous)) if (!(k in report) || (k !== 'meta' && k !== 'memory' && !mine.has(k))) (report as Record<string, unknown>)[k] = v;
    const peaksNow = report.memory.peakRssMiB as Record<string, number>;
    for (const [k, v] of Object.entries((previous.memory?.peakRssMiB ?? {}) as Record<string, number>)) peaksNow[k] = Math.max(v, peaksNow[k] ?? 0);
    (report.meta as Record<string, unknown>).earlierRun = { date: previous.meta?.date, sections: previous.meta?.sections, loadAvg: previous.meta?.machine?.loadAvg, durationS: previous.meta?.durationS };
  }
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  log(`results: ${file}`);
  if (markdown) log(`report: ${writeBenchmarksMd(report, file)}`);
}

const reportOnly = value('report');
if (reportOnly) {
  clearInterval(sampler);
  log(`report: ${writeBenchmarksMd(JSON.parse(readFileSync(reportOnly, 'utf8')), reportOnly)}`);
} else {
  try {
    await main();
  } finally {
    await finish();
  }
}
