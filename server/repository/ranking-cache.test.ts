import { describe, expect, it } from 'vitest';
import { createRankingCache } from './ranking-cache.ts';

describe('createRankingCache', () => {
  it('computes once per key and version, and again when the version changes', async () => {
    const cache = createRankingCache<number[]>({ maxWeight: 100, maxAgeMs: 60_000 });
    let calls = 0;
    const compute = async () => [++calls];
    expect(await cache.get('a', 'v1', compute, (v) => v.length)).toEqual([1]);
    expect(await cache.get('a', 'v1', compute, (v) => v.length)).toEqual([1]);
    expect(await cache.get('a', 'v2', compute, (v) => v.length)).toEqual([2]);
    expect(calls).toBe(2);
  });

  it('shares one computation between concurrent misses', async () => {
    const cache = createRankingCache<string>({ maxWeight: 100, maxAgeMs: 60_000 });
    let calls = 0;
    const compute = () => new Promise<string>((resolve) => setTimeout(() => resolve(`r${++calls}`), 10));
    const results = await Promise.all([1, 2, 3].map(() => cache.get('k', 'v', compute, () => 1)));
    expect(results).toEqual(['r1', 'r1', 'r1']);
    expect(calls).toBe(1);
  });

  it('expires entries by age', async () => {
    let t = 0;
    const cache = createRankingCache<number>({ maxWeight: 100, maxAgeMs: 1000, now: () => t });
    let calls = 0;
    await cache.get('a', 'v', async () => ++calls, () => 1);
    t = 999;
    await cache.get('a', 'v', async () => ++calls, () => 1);
    t = 2500;
    await cache.get('a', 'v', async () => ++calls, () => 1);
    expect(calls).toBe(2);
  });

  it('evicts the least recently used entries beyond the weight limit, and never keeps an oversized value', async () => {
    const cache = createRankingCache<number>({ maxWeight: 10, maxAgeMs: 60_000 });
    let calls = 0;
    const compute = async () => ++calls;
    await cache.get('a', 'v', compute, () => 4);
    await cache.get('b', 'v', compute, () => 4);
    await cache.get('a', 'v', compute, () => 4); // a is now the most recent
    await cache.get('c', 'v', compute, () => 4); // evicts b
    expect(cache.size).toBe(2);
    await cache.get('a', 'v', compute, () => 4);
    expect(calls).toBe(3);
    await cache.get('b', 'v', compute, () => 4);
    expect(calls).toBe(4);
    await cache.get('huge', 'v', compute, () => 11);
    expect(cache.size).toBe(2);
  });

  it('does not cache failures', async () => {
    const cache = createRankingCache<number>({ maxWeight: 10, maxAgeMs: 60_000 });
    await expect(cache.get('a', 'v', async () => Promise.reject(new Error('boom')), () => 1)).rejects.toThrow('boom');
    expect(await cache.get('a', 'v', async () => 7, () => 1)).toBe(7);
  });
});
