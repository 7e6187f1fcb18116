/**
 * What expanding a node can still add, computed from the canvas as it is now (so counts stay right
 * after adds, removals, undo and redo), and fetching the next neighbours that are not on the canvas
 * yet. DOM-free and API-agnostic (the page fetcher is passed in) so it is unit-tested in Node.
 */
import type { GraphEdge, GraphNode, GraphPayload } from '../../../core/api-schemas.ts';
import type { ExplorerGraph } from './graph-state.ts';

/** One row of the expand popover: neighbours of one type in the database and on the canvas. */
export interface ExpandRow {
  type: string;
  /** Neighbours of this type in the database. */
  total: number;
  /** Of those, how many are on the canvas now (never more than `total`). */
  onCanvas: number;
  /** How many could still be added. */
  missing: number;
}

/** Counts a node's neighbours on the canvas per entity type. */
export function canvasNeighborCounts(graph: ExplorerGraph, id: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!graph.hasNode(id)) return counts;
  graph.forEachNeighbor(id, (n, a) => {
    if (n !== id) counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1);
  });
  return counts;
}

/** Rows for the database totals against the canvas, plus the overall sums. */
export function expandRows(graph: ExplorerGraph, id: string, totals: readonly { type: string; count: number }[]): { rows: ExpandRow[]; total: number; onCanvas: number; missing: number } {
  const counts = canvasNeighborCounts(graph, id);
  const rows = totals.map(({ type, count }) => {
    const onCanvas = Math.min(count, counts.get(type) ?? 0);
    return { type, total: count, onCanvas, missing: count - onCanvas };
  });
  const sum = (f: (r: ExpandRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  return { rows, total: sum((r) => r.total), onCanvas: sum((r) => r.onCanvas), missing: sum((r) => r.missing) };
}

/** Fetches one page of neighbours (of the given types) at an offset. */
export type NeighborPageFetcher = (offset: number, limit: number) => Promise<GraphPayload>;

/** The API's largest page. */
export const MAX_PAGE = 500;

/**
 * Pages through a node's neighbours (in the API's order) and keeps the first `want` that are not on
 * the canvas, with their links to the node and to nodes on the canvas. Asks for as many as are
 * already present plus `want` at once, so one request is usually enough.
 */
export async function fetchMissingNeighbors(
  graph: ExplorerGraph,
  id: string,
  options: { want: number; total: number; types?: readonly string[] },
  fetchPage: NeighborPageFetcher,
): Promise<GraphPayload & { exhausted: boolean }> {
  const types = options.types ? new Set(options.types) : undefined;
  let present = 0;
  if (graph.hasNode(id)) graph.forEachNeighbor(id, (_n, a) => void (!types || types.has(a.entityType) ? present++ : 0));
  const chosen = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let offset = 0;
  let exhausted = false;
  while (chosen.size < options.want) {
    const limit = Math.min(MAX_PAGE, Math.max(1, options.want - chosen.size + present));
    const page = await fetchPage(offset, limit);
    const others = page.nodes.filter((n) => n.id !== id);
    for (const n of others) {
      if (chosen.size >= options.want) break;
      if (!graph.hasNode(n.id)) chosen.set(n.id, n);
    }
    for (const e of page.edges) edges.set(e.id, e);
    offset += limit;
    if (others.length < limit || offset >= options.total) {
      exhausted = true;
      break;
    }
  }
  const keep = (n: string) => n === id || chosen.has(n) || graph.hasNode(n);
  return {
    nodes: [...chosen.values()],
    edges: [...edges.values()].filter((e) => keep(e.source) && keep(e.target) && (chosen.has(e.source) || chosen.has(e.target))),
    exhausted,
  };
}
