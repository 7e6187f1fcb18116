import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hash64, type DocumentRecord } from '../../core/index.ts';
import { createCorpusWorld, generateArticle } from '../../bench/corpus/generate.ts';
import { extract } from '../extract/index.ts';
import { documentsFromText } from '../read/index.ts';
import { createExtractionPool } from './extraction-pool.ts';

/** The sample file's articles, the evaluation set's development texts and generated articles. */
function corpus(): DocumentRecord[] {
  const sample = readFileSync(new URL('../samples/000_a27fca243199cf36.txt', import.meta.url), 'utf8');
  const docs = [...documentsFromText(sample, 'samples/000_a27fca243199cf36.txt').documents];
  const evalSet = JSON.parse(readFileSync(new URL('../eval/eval-set.json', import.meta.url), 'utf8')) as { id: string; split: string; text: string }[];
  for (const e of evalSet.filter((x) => x.split === 'dev').slice(0, 30)) {
    docs.push({ id: `eval-${e.id}`, title: e.id, text: e.text, contentHash: hash64(e.text) });
  }
  const world = createCorpusWorld(5, 24);
  for (let i = 0; i < 24; i++) docs.push(generateArticle(world, 5, i, 300).doc);
  return docs;
}

const docs = corpus();
const oneThread = extract(docs);
const pools = [createExtractionPool(2), createExtractionPool(3)];
afterAll(() => Promise.all(pools.map((p) => p.close())));

describe('extraction pool', () => {
  it('extracts a varied corpus of a few dozen documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    expect(oneThread.entities.length).toBeGreaterThan(100);
    expect(oneThread.relations.length).toBeGreaterThan(100);
  });

  it.each([2, 3])('gives the one-thread result, in the same order, with %i workers', async (n) => {
    const { result, failures } = await pools[n - 2]!.extract(docs);
    expect(failures).toEqual([]);
    expect(JSON.stringify(result)).toBe(JSON.stringify(oneThread));
  }, 60_000);

  it('gives the one-thread result for any subset, call after call', async () => {
    const part = docs.filter((_, i) => i % 3 !== 1);
    const { result } = await pools[0]!.extract(part);
    expect(JSON.stringify(result)).toBe(JSON.stringify(extract(part)));
    expect((await pools[0]!.extract([])).result).toEqual(extract([]));
  }, 60_000);

  it('fails the extraction in progress when closed, and every later one', async () => {
    const pool = createExtractionPool(2);
    const running = pool.extract(docs);
    await pool.close();
    await expect(running).rejects.toThrow('extraction stopped');
    await expect(pool.extract(docs.slice(0, 1))).rejects.toThrow('extraction stopped');
  }, 60_000);

  it('caps the heap of each worker, and says so when a worker outgrows it', async () => {
    const pool = createExtractionPool(1, { heapMb: 8 });
    try {
      await expect(pool.extract(docs)).rejects.toThrow(/an extraction worker ran out of memory \(its heap is capped at 8 MB; raise --worker-heap/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
