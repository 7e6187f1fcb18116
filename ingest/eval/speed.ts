/**
 * `npx tsx ingest/eval/speed.ts [articles] [words] [rounds]`: articles per CPU second of the default
 * extractor on generated news-style articles (bench/corpus), in batches of 20 documents as the ingest
 * pipeline sends them. After a warm-up it runs several rounds and prints the best and the median:
 * on a shared machine the best round is the closest to what one idle core does.
 */
import { createExtractor } from '../extract/index.ts';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import type { DocumentRecord } from '../../core/index.ts';

const articles = Number(process.argv[2] ?? 300);
const words = Number(process.argv[3] ?? 600);
const rounds = Number(process.argv[4] ?? 5);
const extractor = createExtractor();
const { documents } = generateCorpus({ seed: 7, articles, words });
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function round(docs: DocumentRecord[]): Promise<number> {
  const c0 = cpuMs();
  for (let i = 0; i < docs.length; i += 20) await extractor.extract(docs.slice(i, i + 20));
  return cpuMs() - c0;
}
await round(generateCorpus({ seed: 1, articles: 200, words }).documents);
const times: number[] = [];
const t0 = performance.now();
for (let r = 0; r < rounds; r++) times.push(await round(documents));
const wall = (performance.now() - t0) / rounds;
times.sort((a, b) => a - b);
const rate = (ms: number): string => (articles / (ms / 1000)).toFixed(0);
console.log(`${articles} articles × ~${words} words, ${rounds} rounds: best ${rate(times[0]!)} articles per CPU s, median ${rate(times[Math.floor(rounds / 2)]!)}; ${rate(wall)} per wall s (load ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
