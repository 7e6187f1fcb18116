/**
 * Links between the same two nodes drawn apart. Two actors often share several facts (Russia and
 * Iran: cooperation, an offer, support, a treaty); drawn as straight lines they overlap and their
 * labels merge into one smear. Each pair's links get a curvature (for sigma's curved-edge program,
 * `@sigma/edge-curve`): spread evenly either side of the straight line, the middle one of an odd
 * count staying straight. A look, so it is kept here and read by the edge reducer, never written
 * into the data graph; recomputed once per graph change.
 */
import type { ExplorerGraph } from '../state/graph-state.ts';

/** Curvature between neighbouring links of one pair (the control point's offset, in link lengths). */
export const CURVATURE_STEP = 0.28;

/**
 * Curvature of each curved link (links alone in their pair, and middle links, are absent). Links
 * `hidden` says are not drawn do not count: a claim whose denial is hidden stays straight.
 */
export function parallelCurvatures(graph: ExplorerGraph, step = CURVATURE_STEP, hidden: ReadonlySet<string> = new Set()): Map<string, number> {
  const out = new Map<string, number>();
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (source === target || hidden.has(edge)) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    list.sort();
    // Many links in one pair: a smaller step keeps the outer ones from ballooning.
    const s = Math.min(step, 1.2 / list.length);
    list.forEach((edge, i) => {
      const offset = i - (list.length - 1) / 2;
      if (offset === 0) return;
      // The curve bends to the left of source → target: links stored the other way round bend
      // the other way, so every link of the pair keeps its own side.
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      out.set(edge, flip * offset * s);
    });
  }
  return out;
}
