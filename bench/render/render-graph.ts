/**
 * The graph drawn by the rendering benchmark: N nodes in clusters (as a settled force layout looks),
 * E edges with Zipf-distributed endpoints (hubs), entity types cycling through ours. Seeded and pure,
 * and shaped as both our API payload (for the explorer) and plain attributes (for bare sigma).
 */
import { ENTITY_TYPES, type GraphPayload } from '../../core/index.ts';
import { nodeDisplaySize } from '../../client/src/graph/view-settings.ts';
import { createRng, createZipf } from '../corpus/prng.ts';

export interface RenderGraph {
  nodes: { id: string; type: string; name: string; x: number; y: number; size: number; color: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

const COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'];

/** A clustered, hub-heavy graph of `nodes` nodes and `edges` edges. */
export function createRenderGraph(nodes: number, edges: number, seed = 11): RenderGraph {
  const rng = createRng(seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(nodes) / 4));
  const centres = Array.from({ length: clusters }, () => ({ x: rng.next() * 1000, y: rng.next() * 1000 }));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const degree = new Uint32Array(nodes);
  const zipf = createZipf(nodes, 0.7);
  const outEdges: RenderGraph['edges'] = [];
  const seen = new Set<number>();
  for (let j = 0, tries = 0; j < edges && tries < edges * 10; tries++) {
    const s = zipf.sample(rng);
    const t = rng.int(nodes) < nodes / 2 ? zipf.sample(rng) : rng.int(nodes);
    const key = Math.min(s, t) * nodes + Math.max(s, t);
    if (t === s || seen.has(key)) continue;
    seen.add(key);
    j++;
    degree[s]!++;
    degree[t]!++;
    outEdges.push({ id: `e${outEdges.length}`, source: `n${s}`, target: `n${t}`, type: 'RELATED_TO' });
  }
  const outNodes: RenderGraph['nodes'] = [];
  for (let i = 0; i < nodes; i++) {
    const c = centres[i % clusters]!;
    const ti = i % ENTITY_TYPES.length;
    outNodes.push({
      id: `n${i}`,
      type: ENTITY_TYPES[ti]!,
      name: `Node ${i}`,
      x: c.x + gauss() * 40,
      y: c.y + gauss() * 40,
      // The explorer sizes nodes by degree: bare sigma gets the same sizes, so both draw as many pixels.
      size: nodeDisplaySize(degree[i]!),
      color: COLORS[ti]!,
    });
  }
  return { nodes: outNodes, edges: outEdges };
}

/** The same graph as an API payload (what the explorer merges). */
export function toPayload(g: RenderGraph): GraphPayload {
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, labels: ['Entity', n.type], type: n.type, name: n.name, properties: {} })),
    edges: g.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, properties: {} })),
  };
}
