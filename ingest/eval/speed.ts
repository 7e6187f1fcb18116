/**
 * `npx tsx ingest/eval/speed.ts [articles] [words]`: articles per CPU second of the default extractor
 * on generated news-style articles (bench/corpus), one document per call as the ingest pipeline
 * batches them, after a warm-up. CPU time of this process is reported beside wall time because the
 * machine may be shared.
 */
import { createExtractor } from '../extract/index.ts';
import { generateCorpus } from '../../bench/corpus/generate.ts';

const articles = Number(process.argv[2] ?? 300);
const words = Number(process.argv[3] ?? 600);
const extractor = createExtractor();
const { documents } = generateCorpus({ seed: 7, articles, words });
await extractor.extract(generateCorpus({ seed: 1, articles: 50, words }).documents);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < documents.length; i += 20) await extractor.extract(documents.slice(i, i + 20));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`${articles} articles × ~${words} words: ${(articles / (cpuMs / 1000)).toFixed(0)} articles per CPU s, ${(articles / (wall / 1000)).toFixed(0)} per wall s (cpu ${cpuMs.toFixed(0)} ms, wall ${wall.toFixed(0)} ms)`);
