/**
 * Extraction benchmark: articles per second of the default extractor on one thread, at several
 * article lengths, measured both per wall-clock second and per CPU second of this process (the
 * machine is shared; CPU time is what one core actually spent). Also reports how much of the
 * generator's gold the extractor recovers, as a sanity check that it is doing the real work.
 */
import type { DocumentRecord } from '../../core/index.ts';
import { createExtractor } from '../../ingest/extract/index.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { cpuSeconds } from '../lib/memory.ts';
import { log, round } from '../lib/stats.ts';

export interface ExtractionOptions {
  /** Words per article → number of articles at that length. */
  lengths: { words: number; articles: number }[];
  seed?: number;
}

export interface ExtractionRun {
  words: number;
  articles: number;
  wallMs: number;
  cpuMs: number;
  articlesPerSec: number;
  articlesPerCpuSec: number;
  wordsPerCpuSec: number;
  /** Microseconds of CPU per word: flat when cost is linear in length. */
  cpuUsPerWord: number;
  entities: number;
  relations: number;
  goldEntityRecall: number;
  goldRelationRecall: number;
}

export interface ExtractionResultBench {
  extractor: string;
  runs: ExtractionRun[];
}

function cpuNow(): number {
  const c = cpuSeconds('self');
  if (c !== null) return c * 1000;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs the extractor over generated corpora of each length (one warm-up pass first). */
export async function benchExtraction(opts: ExtractionOptions): Promise<ExtractionResultBench> {
  const extractor = createExtractor();
  const warm = generateCorpus({ seed: 1, articles: 20 });
  await extractor.extract(warm.documents);
  const runs: ExtractionRun[] = [];
  for (const { words, articles } of opts.lengths) {
    const { documents, gold } = generateCorpus({ seed: opts.seed ?? 42, articles, words });
    const docs: DocumentRecord[] = documents;
    const totalWords = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
    const cpu0 = cpuNow();
    const t0 = performance.now();
    const result = await extractor.extract(docs);
    const wallMs = performance.now() - t0;
    const cpuMs = Math.max(1, cpuNow() - cpu0);
    const found = new Set(result.entities.map((e) => e.id));
    const foundRels = new Set(result.relations.map((r) => r.id));
    const run: ExtractionRun = {
      words,
      articles,
      wallMs: round(wallMs),
      cpuMs: round(cpuMs),
      articlesPerSec: round(articles / (wallMs / 1000)),
      articlesPerCpuSec: round(articles / (cpuMs / 1000)),
      wordsPerCpuSec: round(totalWords / (cpuMs / 1000)),
      cpuUsPerWord: round((cpuMs * 1000) / totalWords),
      entities: result.entities.length,
      relations: result.relations.length,
      goldEntityRecall: round(gold.entities.filter((e) => found.has(e.id)).length / Math.max(1, gold.entities.length)),
      goldRelationRecall: round(gold.relations.filter((r) => foundRels.has(r.id)).length / Math.max(1, gold.relations.length)),
    };
    log(`extraction: ${words} words × ${articles}: ${run.articlesPerSec} articles/s (${run.articlesPerCpuSec}/CPU s)`);
    runs.push(run);
  }
  return { extractor: extractor.name, runs };
}
