/**
 * The bare-sigma page of the rendering benchmark: graphology + sigma v3 with its default programs
 * (circles, arrows) and no reducers, events or custom drawing. Sizes, label culling and padding are
 * the explorer's (VIEW_SETTINGS, node sizes from the graph), so both pages draw as much and the
 * difference is what the explorer adds. The benchmark driver hands it a graph through
 * `window.__bench.load` and then drives the camera exactly as it drives the explorer's, and times
 * ForceAtlas2 steps with the explorer's settings on the same graph (`window.__bench.layoutSteps`).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { explorerFa2Settings } from '../../client/src/graph/fa2-settings.ts';
import { edgeDisplaySize, VIEW_SETTINGS } from '../../client/src/graph/view-settings.ts';

interface RenderPayload {
  nodes: { id: string; type: string; name: string; x: number; y: number; size: number; color: string }[];
  edges: { id: string; source: string; target: string }[];
}

let sigma: Sigma | undefined;

async function load(payload: RenderPayload): Promise<number> {
  sigma?.kill();
  const t0 = performance.now();
  const graph = new Graph({ type: 'directed', multi: true });
  for (const n of payload.nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.name });
  for (const e of payload.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { size: edgeDisplaySize(1), color: '#ccc' });
  sigma = new Sigma(graph, document.getElementById('stage')!, { ...VIEW_SETTINGS, defaultEdgeType: 'arrow' });
  const pending = (sigma as unknown as { renderFrame: number | null }).renderFrame;
  if (pending) await new Promise<void>((ok) => sigma!.once('afterRender', () => ok()));
  await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  // Wait for the GPU to finish drawing (one pixel read from every WebGL layer).
  const px = new Uint8Array(4);
  for (const gl of Object.values((sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
  return performance.now() - t0;
}

/**
 * Times single ForceAtlas2 iterations (the explorer's settings, run here on the main thread; the
 * explorer runs the same iterations in a worker): one warm-up, then up to `max` within `budgetMs`.
 */
function layoutSteps(arg: { max: number; budgetMs: number }): number[] {
  const graph = sigma!.getGraph();
  const settings = explorerFa2Settings(graph);
  const step = () => {
    const t0 = performance.now();
    forceAtlas2.assign(graph, { iterations: 1, settings, getEdgeWeight: null });
    return performance.now() - t0;
  };
  step();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < arg.max && (times.length === 0 || performance.now() - start < arg.budgetMs)) times.push(step());
  return times;
}

(window as unknown as { __bench: unknown }).__bench = {
  load,
  layoutSteps,
  get sigma() {
    return sigma;
  },
};
