/**
 * Writes N generated articles as JSONL files of `perFile` lines each, one article at a time, so a
 * corpus of any size can be written without holding it: the input of large-run ingests.
 * `npx tsx bench/corpus/write-corpus.ts <folder> [--articles=N] [--per-file=N] [--words=N] [--seed=N]`
 */
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCorpusWorld, generateArticle } from './generate.ts';

export interface CorpusFilesOptions {
  articles: number;
  /** Articles per JSONL file (default 1000). */
  perFile?: number;
  words?: number;
  seed?: number;
}

/** Writes the corpus into `dir` (created if missing); returns the files written, in order. */
export function writeCorpusFiles(dir: string, options: CorpusFilesOptions): string[] {
  const seed = options.seed ?? 42;
  const perFile = options.perFile ?? 1000;
  const world = createCorpusWorld(seed, options.articles);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const digits = String(Math.ceil(options.articles / perFile)).length;
  for (let start = 0; start < options.articles; start += perFile) {
    const file = join(dir, `corpus-${String(files.length).padStart(Math.max(digits, 3), '0')}.jsonl`);
    const fd = openSync(file, 'w');
    try {
      for (let i = start; i < Math.min(start + perFile, options.articles); i++) {
        const { doc } = generateArticle(world, seed, i, options.words ?? 600);
        writeSync(fd, JSON.stringify({ id: doc.id, title: doc.title, source: doc.source, publishedAt: doc.publishedAt, text: doc.text }) + '\n');
      }
    } finally {
      closeSync(fd);
    }
    files.push(file);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: write-corpus.ts <folder> [--articles=N] [--per-file=N] [--words=N] [--seed=N]\n');
    process.exit(2);
  }
  const num = (name: string) => (value(name) === undefined ? undefined : Number(value(name)));
  const t0 = performance.now();
  const files = writeCorpusFiles(dir, { articles: num('articles') ?? 10_000, perFile: num('per-file'), words: num('words'), seed: num('seed') });
  process.stderr.write(`${files.length} files written to ${dir} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
