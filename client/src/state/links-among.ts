/**
 * Every link the database holds between the nodes an add brings in and the nodes already on the
 * canvas. A neighbour page only carries the links of the node it was asked about, a path only its
 * hops and a query only what it returns, so without this the canvas would show fewer links among
 * its nodes than the database holds (and than a reload from the URL shows). Asks the induced-subgraph
 * endpoint for each chunk of new nodes together with each chunk of all nodes, so links between two
 * present nodes are never asked again. DOM-free; the API is passed in.
 */
import type { GraphEdge, GraphPayload } from '../../../core/api-schemas.ts';
import { SUBGRAPH_MAX_IDS } from '../../../core/api-schemas.ts';
import { mapLimited, type RestoreApi } from './restore.ts';

/** The id lists to ask: each half-cap chunk of `fresh` with each half-cap chunk of `fresh ∪ present`. */
export function linkRequests(fresh: readonly string[], present: readonly string[], max = SUBGRAPH_MAX_IDS): string[][] {
  const newIds = [...new Set(fresh)];
  if (!newIds.length) return [];
  const newSet = new Set(newIds);
  const all = [...newIds, ...new Set(present.filter((p) => !newSet.has(p)))];
  if (all.length <= max) return [all];
  const size = Math.floor(max / 2);
  const chunk = (list: string[]) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
  const requests: string[][] = [];
  for (const a of chunk(newIds)) {
    for (const b of chunk(all)) requests.push([...new Set([...a, ...b])]);
  }
  return requests;
}

/**
 * `payload` with every link among its new nodes and the canvas added (the links it already carries
 * are kept). `present` are the ids on the canvas now.
 */
export async function withLinksAmong(payload: GraphPayload, present: readonly string[], api: RestoreApi, options: { concurrency?: number; maxIds?: number } = {}): Promise<GraphPayload> {
  const presentSet = new Set(present);
  const fresh = payload.nodes.map((n) => n.id).filter((id) => !presentSet.has(id));
  const requests = linkRequests(fresh, present, options.maxIds);
  if (!requests.length) return payload;
  const results = await mapLimited(requests, options.concurrency ?? 3, (ids) => api.getSubgraph(ids));
  const edges = new Map<string, GraphEdge>();
  for (const e of payload.edges) edges.set(e.id, e);
  for (const r of results) for (const e of r.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  return { nodes: payload.nodes, edges: [...edges.values()] };
}
