/**
 * Loading benchmark: the production loader (`loadExtraction`, batched UNWIND … MERGE) against the
 * naive one-row-per-transaction loader on the same gold extraction in the same run, then the
 * production loader on a larger corpus, then re-ingesting that unchanged corpus.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { applySchema, countGraph, loadExtraction, type GraphCounts } from '../../ingest/load/index.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { clearDatabase } from '../lib/neo4j.ts';
import { log, ratio, round, timed } from '../lib/stats.ts';
import { naiveLoad } from './naive-loader.ts';

export interface LoadingOptions {
  /** Articles loaded by both loaders (kept small: the naive loader is slow). */
  compareArticles: number;
  /** Articles for the production loader's throughput and the re-ingest. */
  articles: number;
  /** Time budget of the naive loader. */
  naiveBudgetMs: number;
  /** Articles loaded (then deleted) before measuring, to warm up Neo4j (default 200). */
  warmupArticles?: number;
  batchSize?: number;
  seed?: number;
}

export interface LoadRun {
  ms: number;
  nodes: number;
  relationships: number;
  facts: number;
  nodesPerSec: number;
  relsPerSec: number;
  factsPerSec: number;
  /** Nodes and relationships written per second. */
  writesPerSec: number;
}

export interface LoadingResult {
  compare: { articles: number; production: LoadRun; naive: LoadRun & { stoppedEarly: boolean; rowsWritten: number; rowsPlanned: number }; speedup: number | null };
  production: LoadRun & { articles: number; batchSize: number; counts: GraphCounts };
  reingest: { ms: number; speedup: number | null; countsUnchanged: boolean };
}

const nodesOf = (c: GraphCounts) => c.documents + c.entities + c.evidence;
/** Facts, mentions and one FROM_DOCUMENT link per evidence node. */
const relsOf = (c: GraphCounts) => c.facts + c.mentions + c.evidence;

function run(ms: number, c: GraphCounts): LoadRun {
  const s = ms / 1000;
  return {
    ms: round(ms),
    nodes: nodesOf(c),
    relationships: relsOf(c),
    facts: c.facts,
    nodesPerSec: round(nodesOf(c) / s),
    relsPerSec: round(relsOf(c) / s),
    factsPerSec: round(c.facts / s),
    writesPerSec: round((nodesOf(c) + relsOf(c)) / s),
  };
}

function firstArticles(gold: ExtractionResult, n: number): ExtractionResult {
  const docs = gold.documents.slice(0, n);
  const ids = new Set(docs.map((d) => d.id));
  const relations = gold.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((v) => ids.has(v.documentId)) }))
    .filter((r) => r.evidence.length > 0);
  return { ...gold, documents: docs, relations };
}

/** Runs the loading benchmark on an empty database (it is cleared before and between runs). */
export async function benchLoading(driver: Driver, opts: LoadingOptions): Promise<LoadingResult> {
  const batchSize = opts.batchSize ?? 100;
  const { gold } = generateCorpus({ seed: opts.seed ?? 42, articles: Math.max(opts.articles, opts.compareArticles) });
  await clearDatabase(driver);
  await applySchema(driver);

  // Warm up the JVM and the query caches first (a fresh Neo4j runs its first batches several times
  // slower while the JIT compiles): a server that has been up a while is what we want to measure.
  if ((opts.warmupArticles ?? 200) > 0) {
    const warm = generateCorpus({ seed: 999, articles: opts.warmupArticles ?? 200 }).gold;
    log(`loading: warm-up (${warm.documents.length} articles, production and naive paths)`);
    // Small batches: a cold JVM on a busy machine can exceed the 60 s transaction timeout with big ones.
    await loadExtraction(driver, warm, { batchSize: 10 });
    await naiveLoad(driver, firstArticles(warm, 5), Math.min(5000, opts.naiveBudgetMs / 4));
    await clearDatabase(driver);
  }

  const small = firstArticles(gold, opts.compareArticles);
  log(`loading: naive loader on ${opts.compareArticles} articles (budget ${opts.naiveBudgetMs / 1000}s)`);
  const naive = await naiveLoad(driver, small, opts.naiveBudgetMs);
  const naiveRun = run(naive.ms, await countGraph(driver));
  await clearDatabase(driver);
  log(`loading: production loader on the same ${opts.compareArticles} articles`);
  const prodSmall = await timed(() => loadExtraction(driver, small, { batchSize }));
  const prodSmallRun = run(prodSmall.ms, await countGraph(driver));
  await clearDatabase(driver);

  const big = firstArticles(gold, opts.articles);
  log(`loading: production loader on ${opts.articles} articles`);
  const first = await timed(() => loadExtraction(driver, big, { batchSize }));
  const counts = await countGraph(driver);
  log('loading: re-ingest of the unchanged corpus');
  const again = await timed(() => loadExtraction(driver, big, { batchSize }));
  const countsAfter = await countGraph(driver);
  await clearDatabase(driver);

  return {
    compare: {
      articles: opts.compareArticles,
      production: prodSmallRun,
      naive: { ...naiveRun, stoppedEarly: naive.stoppedEarly, rowsWritten: naive.rowsWritten, rowsPlanned: naive.rowsPlanned },
      speedup: ratio(prodSmallRun.writesPerSec, naiveRun.writesPerSec),
    },
    production: { ...run(first.ms, counts), articles: opts.articles, batchSize, counts },
    reingest: {
      ms: round(again.ms),
      speedup: ratio(first.ms, again.ms),
      countsUnchanged: JSON.stringify(counts) === JSON.stringify(countsAfter),
    },
  };
}
