/**
 * Loading benchmark: the production loader (`loadExtraction`, batched UNWIND … MERGE) against the
 * naive one-row-per-transaction loader on the same gold extraction in the same run; then, on a
 * larger corpus, the production loader against a well-written generic loader (10k-row UNWIND
 * batches, MERGE on constrained keys, one query per relationship type), alternating which goes
 * first, each followed by a re-ingest of the unchanged corpus. Both must write the same graph (counts
 * per label and per relationship type compared). The 1-minute load average is recorded beside every
 * timed run.
 */
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../core/index.ts';
import { applySchema, countGraph, loadExtraction, type GraphCounts } from '../../ingest/load/index.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_WRITERS } from '../../ingest/load/load-extraction.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { clearDatabase } from '../lib/neo4j.ts';
import { log, median, ratio, round, timed } from '../lib/stats.ts';
import { loadCypher } from '../../cypher/cypher-files.ts';
import { GENERIC_BATCH_ROWS, genericLoad } from './generic-loader.ts';
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
  /** Production loader's write transactions in flight (default: the loader's default). */
  writers?: number;
  /** Rounds of generic and production loads, alternating which goes first (default 2). */
  rounds?: number;
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

/** A timed run with the 1-minute load average before and after it. */
export type TimedLoad = LoadRun & { loadAvg: [number, number] };

export interface GenericRound {
  /** Which loader went first in this round. */
  first: 'generic' | 'production';
  generic: TimedLoad;
  production: TimedLoad;
  genericReingest: { ms: number; loadAvg: [number, number] };
  productionReingest: { ms: number; loadAvg: [number, number] };
  /** Counts per label and relationship type equal between the two loaders, and unchanged by each re-ingest. */
  sameGraph: boolean;
  relsSpeedup: number | null;
  reingestSpeedup: number | null;
}

export interface LoadingResult {
  compare: { articles: number; production: LoadRun; naive: LoadRun & { stoppedEarly: boolean; rowsWritten: number; rowsPlanned: number }; speedup: number | null };
  /** Median of the production loader's rounds against the generic loader. */
  production: LoadRun & { articles: number; batchSize: number; writers: number; counts: GraphCounts };
  reingest: { ms: number; speedup: number | null; countsUnchanged: boolean };
  generic: {
    articles: number;
    rowsPerTransaction: number;
    rounds: GenericRound[];
    /** Medians over the rounds. */
    genericRelsPerSec: number;
    productionRelsPerSec: number;
    relsSpeedup: number | null;
    genericReingestMs: number;
    productionReingestMs: number;
    reingestSpeedup: number | null;
    sameGraph: boolean;
    /** Counts per label and type of the production loader's graph. */
    countsByLabelAndType: Record<string, number>;
  };
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

const round2 = round;

/** Runs `fn` timed, with the 1-minute load average just before and just after. */
async function timedWithLoad<T>(fn: () => Promise<T>): Promise<{ ms: number; loadAvg: [number, number] }> {
  const before = round(os.loadavg()[0]!);
  const { ms } = await timed(fn);
  return { ms, loadAvg: [before, round(os.loadavg()[0]!)] };
}

/** Nodes per label and relationships per type, keyed `label X` / `type Y`. */
async function countByLabelAndType(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(loadCypher('bench', 'count-by-label-and-type').text, {}, { database: 'neo4j', routing: 'READ' });
  return Object.fromEntries(records.map((r) => [r.get('key') as string, Number(r.get('count'))]).sort(([a], [b]) => String(a).localeCompare(String(b))));
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
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
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
  const rounds: GenericRound[] = [];
  let productionCounts: GraphCounts | undefined;
  let byKey: Record<string, number> = {};
  const roundCount = opts.rounds ?? 2;
  for (let round = 0; round < roundCount; round++) {
    const first = round % 2 === 0 ? 'generic' : 'production';
    const measured: Partial<GenericRound> = { first };
    const graphs: Record<string, number>[] = [];
    for (const which of first === 'generic' ? (['generic', 'production'] as const) : (['production', 'generic'] as const)) {
      await clearDatabase(driver);
      log(`loading: round ${round + 1}/${roundCount}, ${which} loader on ${opts.articles} articles (load average ${round2(os.loadavg()[0]!)})`);
      const load = async (): Promise<unknown> => (which === 'generic' ? genericLoad(driver, big) : loadExtraction(driver, big, { batchSize, writers: opts.writers }));
      const once = await timedWithLoad(load);
      const counts = await countGraph(driver);
      const graph = await countByLabelAndType(driver);
      const again = await timedWithLoad(load);
      graphs.push(graph, await countByLabelAndType(driver));
      measured[which] = { ...run(once.ms, counts), loadAvg: once.loadAvg };
      measured[which === 'generic' ? 'genericReingest' : 'productionReingest'] = { ms: round2(again.ms), loadAvg: again.loadAvg };
      if (which === 'production') {
        productionCounts = counts;
        byKey = graph;
      }
    }
    const r = measured as GenericRound;
    r.sameGraph = graphs.every((g) => JSON.stringify(g) === JSON.stringify(graphs[0]));
    r.relsSpeedup = ratio(r.production.relsPerSec, r.generic.relsPerSec);
    r.reingestSpeedup = ratio(r.genericReingest.ms, r.productionReingest.ms);
    log(`loading: round ${round + 1}: production ${r.production.relsPerSec} rel/s (load ${r.production.loadAvg.join('→')}), generic ${r.generic.relsPerSec} rel/s (load ${r.generic.loadAvg.join('→')}), ${r.relsSpeedup}×; re-ingest ${r.productionReingest.ms} ms vs ${r.genericReingest.ms} ms; same graph: ${r.sameGraph}`);
    rounds.push(r);
  }
  await clearDatabase(driver);
  const med = (f: (r: GenericRound) => number) => round2(median(rounds.map(f)));
  // The round whose production rate is the median one (nearest rank, as `median` takes it).
  const prodMedian = rounds.find((r) => r.production.relsPerSec === median(rounds.map((x) => x.production.relsPerSec)))!;

  return {
    compare: {
      articles: opts.compareArticles,
      production: prodSmallRun,
      naive: { ...naiveRun, stoppedEarly: naive.stoppedEarly, rowsWritten: naive.rowsWritten, rowsPlanned: naive.rowsPlanned },
      speedup: ratio(prodSmallRun.writesPerSec, naiveRun.writesPerSec),
    },
    production: { ...prodMedian.production, articles: opts.articles, batchSize, writers: opts.writers ?? DEFAULT_WRITERS, counts: productionCounts! },
    reingest: {
      ms: prodMedian.productionReingest.ms,
      speedup: ratio(prodMedian.production.ms, prodMedian.productionReingest.ms),
      countsUnchanged: rounds.every((r) => r.sameGraph),
    },
    generic: {
      articles: opts.articles,
      rowsPerTransaction: GENERIC_BATCH_ROWS,
      rounds,
      genericRelsPerSec: med((r) => r.generic.relsPerSec),
      productionRelsPerSec: med((r) => r.production.relsPerSec),
      relsSpeedup: ratio(med((r) => r.production.relsPerSec), med((r) => r.generic.relsPerSec)),
      genericReingestMs: med((r) => r.genericReingest.ms),
      productionReingestMs: med((r) => r.productionReingest.ms),
      reingestSpeedup: ratio(med((r) => r.genericReingest.ms), med((r) => r.productionReingest.ms)),
      sameGraph: rounds.every((r) => r.sameGraph),
      countsByLabelAndType: byKey,
    },
  };
}
