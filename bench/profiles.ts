/** Sizes and budgets of a full run and of a `--quick` smoke run. */
export interface BenchProfile {
  name: 'full' | 'quick';
  extraction: { words: number; articles: number }[];
  /** Extraction on worker threads against the main thread (same corpus, alternating rounds). */
  extractionWorkers: { articles: number; words: number; rounds: number };
  /** Ingest command runs on generated corpora of these sizes (articles), for time and peak memory. */
  largeRun: { sizes: number[]; words: number };
  loading: { compareArticles: number; articles: number; naiveBudgetMs: number; warmupArticles: number; rounds: number };
  bigGraph: { entities: number; relationships: number; entityBudgetMs: number; budgetMs: number };
  neo4j: { heap: string; pagecache: string };
  queries: { concurrency: number[]; amount: number; maxMs: number; samples: number; savedQueries: number; warmup: number };
  /** Articles of the corpus-generator section. */
  corpusArticles: number;
  rendering: { sizes: { nodes: number; edges: number }[]; panZoomMs: number };
}

export const FULL: BenchProfile = {
  name: 'full',
  extraction: [
    { words: 150, articles: 400 },
    { words: 300, articles: 300 },
    { words: 600, articles: 300 },
    { words: 1200, articles: 150 },
    { words: 2400, articles: 80 },
  ],
  extractionWorkers: { articles: 600, words: 600, rounds: 3 },
  largeRun: { sizes: [2000, 10_000], words: 600 },
  loading: { compareArticles: 30, articles: 1000, naiveBudgetMs: 60_000, warmupArticles: 300, rounds: 4 },
  bigGraph: { entities: 1_000_000, relationships: 5_000_000, entityBudgetMs: 240_000, budgetMs: 720_000 },
  neo4j: { heap: '3g', pagecache: '3g' },
  queries: { concurrency: [1, 16], amount: 300, maxMs: 12_000, samples: 300, savedQueries: 4, warmup: 60 },
  corpusArticles: 1000,
  rendering: { sizes: [{ nodes: 1000, edges: 2000 }, { nodes: 10_000, edges: 20_000 }, { nodes: 20_000, edges: 40_000 }, { nodes: 50_000, edges: 100_000 }], panZoomMs: 4000 },
};

export const QUICK: BenchProfile = {
  name: 'quick',
  extraction: [
    { words: 150, articles: 30 },
    { words: 600, articles: 30 },
    { words: 2400, articles: 8 },
  ],
  extractionWorkers: { articles: 120, words: 600, rounds: 2 },
  largeRun: { sizes: [200, 1000], words: 600 },
  loading: { compareArticles: 4, articles: 60, naiveBudgetMs: 10_000, warmupArticles: 60, rounds: 2 },
  bigGraph: { entities: 10_000, relationships: 50_000, entityBudgetMs: 60_000, budgetMs: 60_000 },
  neo4j: { heap: '1g', pagecache: '512m' },
  queries: { concurrency: [1, 16], amount: 20, maxMs: 5_000, samples: 30, savedQueries: 4, warmup: 40 },
  corpusArticles: 1000,
  rendering: { sizes: [{ nodes: 1000, edges: 2000 }], panZoomMs: 1000 },
};

/** The smallest sizes, for the test suite's smoke test of the harness (`--smoke`): figures mean nothing. */
export const SMOKE: BenchProfile = {
  name: 'quick',
  extraction: [{ words: 150, articles: 3 }],
  extractionWorkers: { articles: 8, words: 150, rounds: 1 },
  largeRun: { sizes: [20], words: 150 },
  loading: { compareArticles: 2, articles: 4, naiveBudgetMs: 2_000, warmupArticles: 0, rounds: 2 },
  bigGraph: { entities: 300, relationships: 1200, entityBudgetMs: 10_000, budgetMs: 10_000 },
  neo4j: { heap: '512m', pagecache: '128m' },
  queries: { concurrency: [1, 2], amount: 4, maxMs: 2_000, samples: 4, savedQueries: 1, warmup: 4 },
  corpusArticles: 100,
  rendering: { sizes: [{ nodes: 200, edges: 400 }], panZoomMs: 300 },
};
