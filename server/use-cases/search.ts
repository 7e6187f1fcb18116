/**
 * Search use case: turns what a user typed into a safe Lucene query (escaped, prefix and cheap fuzzy
 * matching per word) for our full-text index, used only when the index is ours (its name and its
 * definition). Graphs without it are searched with a CONTAINS scan; graphs that mix our entities
 * with nodes of other labels get the scan's finds after the index's, so foreign names stay findable.
 */
import type { SearchResult } from '../../core/index.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import { hasEntities, readSearchProfile, searchFullText, searchScan, type SearchProfile } from '../repository/graph-reads.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Builds the Lucene query: every word must match, exactly (boosted) or — for words of 2+ letters —
 * as a prefix; with `fuzzy`, words of 4+ letters may also match within one edit (`~1`), which
 * forgives most typos. Fuzzy clauses walk much of the term dictionary, so search asks for them only
 * when the plain query found nothing. Returns '' when nothing searchable is left.
 */
export function toLuceneQuery(input: string, { fuzzy = false }: { fuzzy?: boolean } = {}): string {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words
    .map((w) => {
      const e = escapeLucene(w);
      const parts = [`${e}^3`];
      if (w.length >= 2) parts.push(`${e}*`);
      if (fuzzy && w.length >= 4) parts.push(`${e}~1`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

function isMissingIndex(err: unknown): boolean {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  return (
    typeof code === 'string' &&
    code.startsWith('Neo.ClientError.Procedure.') &&
    typeof message === 'string' &&
    /index/i.test(message)
  );
}

/** Keeps a graph's search profile for a few seconds (index and label metadata change rarely). */
export interface SearchProfileCache {
  get(ctx: Neo4jContext): Promise<SearchProfile>;
}

export function createSearchProfileCache(ttlMs = 10_000, now = Date.now): SearchProfileCache {
  let cached: { at: number; profile: Promise<SearchProfile> } | undefined;
  return {
    get(ctx) {
      if (!cached || now() - cached.at > ttlMs) {
        const profile = readSearchProfile(ctx);
        cached = { at: now(), profile };
        profile.catch(() => (cached = undefined));
      }
      return cached.profile;
    },
  };
}

async function searchOurIndex(ctx: Neo4jContext, q: string, types: string[], limit: number): Promise<SearchResult[] | undefined> {
  const lucene = toLuceneQuery(q);
  if (!lucene) return [];
  try {
    const results = await searchFullText(ctx, lucene, types, limit);
    // Nothing by exact words or prefixes: perhaps a typo.
    return results.length ? results : await searchFullText(ctx, toLuceneQuery(q, { fuzzy: true }), types, limit);
  } catch (err) {
    if (isMissingIndex(err)) return undefined; // dropped since the profile was read
    throw err;
  }
}

/** Finds entities by name or alias; on foreign graphs, nodes by `name`/`title`. */
export async function searchEntities(
  ctx: Neo4jContext,
  q: string,
  types: string[],
  limit: number,
  profiles: SearchProfileCache = createSearchProfileCache(0),
): Promise<SearchResult[]> {
  const profile = await profiles.get(ctx);
  const indexed = profile.ourIndex ? await searchOurIndex(ctx, q, types, limit) : undefined;
  if (indexed === undefined) return searchScan(ctx, q, types, limit);
  if (profile.foreignLabels && indexed.length < limit) {
    const seen = new Set(indexed.map((r) => r.id));
    const scanned = (await searchScan(ctx, q, types, limit)).filter((r) => !seen.has(r.id));
    return [...indexed, ...scanned].slice(0, limit);
  }
  // The index is ours but the graph holds none of our entities (an emptied database): scan.
  if (indexed.length === 0 && !(await hasEntities(ctx))) return searchScan(ctx, q, types, limit);
  return indexed;
}
