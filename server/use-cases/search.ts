/**
 * Search use case: turns what a user typed into a safe Lucene query (escaped, prefix and cheap fuzzy
 * matching per word) for our full-text index, and falls back to a CONTAINS scan on graphs that do
 * not have the index or hold none of our entities.
 */
import type { SearchResult } from '../../core/index.ts';
import type { Neo4jContext } from '../neo4j/index.ts';
import { hasEntities, searchFullText, searchScan } from '../repository/graph-reads.ts';

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

/** Finds entities by name or alias; on foreign graphs, nodes by `name`/`title`. */
export async function searchEntities(
  ctx: Neo4jContext,
  q: string,
  types: string[],
  limit: number,
): Promise<SearchResult[]> {
  const lucene = toLuceneQuery(q);
  let results: SearchResult[];
  try {
    results = lucene ? await searchFullText(ctx, lucene, types, limit) : [];
    // Nothing by exact words or prefixes: perhaps a typo.
    if (lucene && results.length === 0) results = await searchFullText(ctx, toLuceneQuery(q, { fuzzy: true }), types, limit);
  } catch (err) {
    if (!isMissingIndex(err)) throw err;
    return searchScan(ctx, q, types, limit);
  }
  // The index exists (our schema was applied) but the graph holds none of our entities: scan.
  if (results.length === 0 && !(await hasEntities(ctx))) return searchScan(ctx, q, types, limit);
  return results;
}
