/**
 * The bare-sigma page of the rendering benchmark: graphology + sigma v3 with default programs and
 * settings, nothing else. The benchmark driver hands it a graph through `window.__bench.load` and
 * then drives the camera exactly as it drives the explorer's, so the two can be compared.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

interface RenderPayload {
  nodes: { id: string; type: string; name: string; x: number; y: number; size: number; color: string }[];
  edges: { id: string; source: string; target: string }[];
}

let sigma: Sigma | undefined;

async function load(payload: RenderPayload): Promise<number> {
  sigma?.kill();
  const t0 = performance.now();
  const graph = new Graph({ multi: true });
  for (const n of payload.nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.name });
  for (const e of payload.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { size: 1, color: '#ccc' });
  sigma = new Sigma(graph, document.getElementById('stage')!);
  const pending = (sigma as unknown as { renderFrame: number | null }).renderFrame;
  if (pending) await new Promise<void>((ok) => sigma!.once('afterRender', () => ok()));
  await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  return performance.now() - t0;
}

(window as unknown as { __bench: unknown }).__bench = {
  load,
  get sigma() {
    return sigma;
  },
};
