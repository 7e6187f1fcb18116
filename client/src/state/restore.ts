/**
 * Rebuilds a canvas from the node ids in a URL with the server's induced-subgraph endpoint: the
 * nodes that still exist and every fact among them (links to hubs included, which a capped
 * neighbour fetch per node could miss). More ids than one request takes are split into chunks of
 * half the cap and every pair of chunks is asked together, so links across chunks are found too.
 * The API is passed in, so this stays DOM-free and testable.
 */
import type { GraphEdge, GraphNode, GraphPayload, SubgraphResponse } from '../../../core/api-schemas.ts';
import { SUBGRAPH_MAX_IDS } from '../../../core/api-schemas.ts';

export interface RestoreApi {
  /** `POST /api/subgraph`: the nodes among `ids`, the links among them and the ids not found. */
  getSubgraph(ids: string[]): Promise<SubgraphResponse>;
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

/** The id lists to request: all at once when they fit, else every pair of half-cap chunks. */
export function subgraphRequests(ids: readonly string[], max = SUBGRAPH_MAX_IDS): string[][] {
  const unique = [...new Set(ids)];
  if (unique.length <= max) return unique.length ? [unique] : [];
  const size = Math.floor(max / 2);
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  const requests: string[][] = [];
  for (let i = 0; i < chunks.length; i++) for (let j = i + 1; j < chunks.length; j++) requests.push([...chunks[i]!, ...chunks[j]!]);
  return requests;
}

/**
 * The subgraph induced by `ids`: the nodes that still exist and the edges among them. Missing nodes
 * are reported rather than failing the whole restore.
 */
export async function fetchInducedSubgraph(
  ids: readonly string[],
  api: RestoreApi,
  options: { concurrency?: number; maxIds?: number } = {},
): Promise<GraphPayload & { missing: string[] }> {
  const requests = subgraphRequests(ids, options.maxIds);
  const results = await mapLimited(requests, options.concurrency ?? 3, (list) => api.getSubgraph(list));
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const missing = new Set<string>();
  for (const r of results) {
    for (const n of r.nodes) nodes.set(n.id, n);
    for (const e of r.edges) edges.set(e.id, e);
    for (const m of r.missing) missing.add(m);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], missing: [...missing] };
}
