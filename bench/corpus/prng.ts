/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and a Zipf sampler. The benchmark must give
 * the same corpus and the same graph on every machine and every run, so nothing here touches
 * Math.random; every random choice flows from one seed.
 */

/** A seeded random source: `next()` is uniform in [0, 1). */
export interface Rng {
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [min, max] inclusive. */
  range(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A new independent stream derived from this one (for sub-generators that must not shift others). */
  fork(salt: number): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 seeded from `seed`: fast, 128-bit state, passes PractRand far beyond what we need. */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init(), b = init(), c = init(), d = init();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = () => u32() / 4294967296;
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    range: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    fork: (salt) => createRng((u32() ^ Math.imul(salt + 1, 0x27d4eb2d)) >>> 0),
  };
  return rng;
}

/** Samples ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s: a few actors everywhere, a long tail seen once. */
export interface Zipf {
  readonly n: number;
  sample(rng: Rng): number;
}

/**
 * Zipf over `n` ranks with exponent `s`, by binary search in a cumulative table (8 bytes per rank,
 * ~20 steps per draw: fine up to millions of ranks).
 */
export function createZipf(n: number, s: number): Zipf {
  if (n < 1) throw new RangeError('Zipf needs at least one rank');
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / Math.pow(k + 1, s);
    cdf[k] = total;
  }
  return {
    n,
    sample(rng) {
      const u = rng.next() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cdf[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
