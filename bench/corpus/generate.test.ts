import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractionResultSchema } from '../../core/index.ts';
import { generateCorpus } from './generate.ts';
import { createRng, createZipf } from './prng.ts';

describe('createRng', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('createZipf', () => {
  it('draws low ranks far more often than the tail', () => {
    const z = createZipf(1000, 1);
    const rng = createRng(1);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 20_000; i++) counts[z.sample(rng)]!++;
    expect(counts[0]!).toBeGreaterThan(counts[9]! * 4);
    expect(counts.slice(500).filter((n) => n > 0).length).toBeGreaterThan(100);
  });
});

describe('generateCorpus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is deterministic for a seed and never calls Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    const one = generateCorpus({ seed: 3, articles: 20 });
    const two = generateCorpus({ seed: 3, articles: 20 });
    const other = generateCorpus({ seed: 4, articles: 20 });
    expect(two.documents.map((d) => d.text)).toEqual(one.documents.map((d) => d.text));
    expect(two.gold).toEqual(one.gold);
    expect(other.documents[0]!.text).not.toEqual(one.documents[0]!.text);
    expect(spy).not.toHaveBeenCalled();
  });

  it('makes the number of articles asked for, of about the length asked for', () => {
    for (const words of [150, 600, 1500]) {
      const { documents } = generateCorpus({ articles: 12, words });
      expect(documents).toHaveLength(12);
      for (const d of documents) {
        const n = d.text.split(/\s+/).length;
        expect(n).toBeGreaterThanOrEqual(words);
        expect(n).toBeLessThan(words + 60);
      }
    }
  });

  it('yields a valid gold extraction whose evidence spans are the sentences in the text', () => {
    const { documents, gold } = generateCorpus({ articles: 30 });
    expect(extractionResultSchema.safeParse(gold).success).toBe(true);
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const rel of gold.relations) {
      for (const v of rel.evidence) expect(byId.get(v.documentId)!.text.slice(v.start, v.end)).toBe(v.text);
    }
    expect(new Set(gold.relations.map((r) => r.type)).size).toBeGreaterThan(15);
    expect(new Set(gold.entities.map((e) => e.type))).toEqual(new Set(['Person', 'Country', 'Organization', 'Treaty', 'Event', 'Place']));
  });

  it('has a long-tailed actor distribution: a few hubs in most documents, most actors in three or fewer', () => {
    const { gold } = generateCorpus({ articles: 200 });
    const docsPerEntity = gold.entities.map((e) => Object.keys(e.mentions ?? {}).length).sort((a, b) => b - a);
    expect(docsPerEntity[0]!).toBeGreaterThan(50);
    expect(docsPerEntity[docsPerEntity.length >> 1]!).toBeLessThanOrEqual(3);
    expect(docsPerEntity.filter((n) => n === 1).length / docsPerEntity.length).toBeGreaterThan(0.2);
  });
});
