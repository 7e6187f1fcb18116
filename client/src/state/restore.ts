/**
 * Rebuilds a canvas from the node ids in a URL: fetch each node, then its neighbours, keeping only
 * the edges between restored nodes. The API is passed in, so this stays DOM-free and testable.
 */
import type { GraphEdge, GraphNode, GraphPayload } from '../../../core/api-schemas.ts';

export interface RestoreApi {
  /** The node, or undefined when it no longer exists. */
  getNode(id: string): Promise<GraphNode | undefined>;
  /** Up to `limit` neighbours of a node with the edges to them. */
  getNeighbors(id: string, limit: number): Promise<GraphPayload>;
}

/** Runs `fn` over items with at most `concurrency` in flight. */
export async function mapLimited<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/**
 * The subgraph induced by `ids`: the nodes that still exist and the edges among them. Missing nodes
 * are reported rather than failing the whole restore.
 */
export async function fetchInducedSubgraph(
  ids: readonly string[],
  api: RestoreApi,
  options: { concurrency?: number; neighborLimit?: number } = {},
): Promise<GraphPayload & { missing: string[] }> {
  const concurrency = options.concurrency ?? 4;
  const limit = options.neighborLimit ?? 500;
  const found = await mapLimited(ids, concurrency, (id) => api.getNode(id).catch(() => undefined));
  const nodes = found.filter((n): n is GraphNode => Boolean(n));
  const present = new Set(nodes.map((n) => n.id));
  const missing = ids.filter((id) => !present.has(id));
  const edges = new Map<string, GraphEdge>();
  if (nodes.length > 1) {
    const payloads = await mapLimited(nodes, concurrency, (n) => api.getNeighbors(n.id, limit).catch(() => ({ nodes: [], edges: [] })));
    for (const p of payloads) {
      for (const e of p.edges) if (present.has(e.source) && present.has(e.target)) edges.set(e.id, e);
    }
  }
  return { nodes, edges: [...edges.values()], missing };
}
