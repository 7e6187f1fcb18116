/**
 * A small cache for expensive per-node reads (the ranked neighbour list of a hub). Entries are
 * valid for one graph version (a fingerprint the caller reads cheaply, e.g. node and relationship
 * counts) and at most `maxAgeMs`; the least recently used entries go first once `maxWeight` is
 * exceeded; concurrent misses for the same key share one computation.
 */

/** Options of `createRankingCache`. */
export interface RankingCacheOptions {
  /** Sum of entry weights kept (e.g. neighbours listed). */
  maxWeight: number;
  /** Age after which an entry is recomputed even if the version did not change. */
  maxAgeMs: number;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  version: string;
  weight: number;
  at: number;
}

/** Cache of values keyed by string, invalidated by version and age. */
export interface RankingCache<T> {
  /** The cached value for `key` at `version`, or the result of `compute` (then cached). */
  get(key: string, version: string, compute: () => Promise<T>, weigh: (value: T) => number): Promise<T>;
  /** Entries currently held. */
  readonly size: number;
}

/** Creates an empty cache. */
export function createRankingCache<T>(opts: RankingCacheOptions): RankingCache<T> {
  const now = opts.now ?? (() => Date.now());
  const entries = new Map<string, Entry<T>>();
  const pending = new Map<string, Promise<T>>();
  let weight = 0;

  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    weight -= e.weight;
    entries.delete(key);
  };

  return {
    get size() {
      return entries.size;
    },
    async get(key, version, compute, weigh) {
      const hit = entries.get(key);
      if (hit && hit.version === version && now() - hit.at <= opts.maxAgeMs) {
        // Map order is the recency order: move the hit to the end.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      drop(key);
      const flightKey = `${version}\u0000${key}`;
      const running = pending.get(flightKey);
      if (running) return running;
      const p = compute()
        .then((value) => {
          const w = Math.max(1, weigh(value));
          if (w <= opts.maxWeight) {
            drop(key);
            entries.set(key, { value, version, weight: w, at: now() });
            weight += w;
            for (const k of entries.keys()) {
              if (weight <= opts.maxWeight) break;
              drop(k);
            }
          }
          return value;
        })
        .finally(() => pending.delete(flightKey));
      pending.set(flightKey, p);
      return p;
    },
  };
}
