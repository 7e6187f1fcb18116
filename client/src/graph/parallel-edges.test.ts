import { describe, expect, it } from 'vitest';
import { createExplorerGraph } from '../state/graph-state.ts';
import { parallelCurvatures } from './parallel-edges.ts';

const graphWith = (edges: [string, string, string][]) => {
  const g = createExplorerGraph();
  for (const n of new Set(edges.flatMap(([, s, t]) => [s, t]))) g.addNode(n, { name: n, entityType: 'Country', labels: [], properties: {}, x: 0, y: 0 });
  for (const [k, s, t] of edges) g.addDirectedEdgeWithKey(k, s, t, { relType: 'MET_WITH', properties: {}, evidenceCount: 1, documentIds: [] });
  return g;
};

describe('parallelCurvatures', () => {
  it('leaves a link alone in its pair straight', () => {
    expect(parallelCurvatures(graphWith([['e1', 'a', 'b'], ['e2', 'b', 'c']])).size).toBe(0);
  });

  it('spreads four links of one pair over four distinct curves, two on each side', () => {
    const c = parallelCurvatures(graphWith([['e1', 'iran', 'russia'], ['e2', 'russia', 'iran'], ['e3', 'russia', 'iran'], ['e4', 'iran', 'russia']]), 0.3);
    expect(c.size).toBe(4);
    // Expressed in one orientation (iran → russia), the four sit at distinct offsets, two per side.
    const g = graphWith([['e1', 'iran', 'russia'], ['e2', 'russia', 'iran'], ['e3', 'russia', 'iran'], ['e4', 'iran', 'russia']]);
    const sides = ['e1', 'e2', 'e3', 'e4'].map((e) => c.get(e)! * (g.source(e) === 'iran' ? 1 : -1));
    expect(new Set(sides).size).toBe(4);
    expect(sides.filter((v) => v > 0).length).toBe(2);
    expect(sides.filter((v) => v < 0).length).toBe(2);
  });

  it('keeps the middle one of three links straight', () => {
    const c = parallelCurvatures(graphWith([['e1', 'a', 'b'], ['e2', 'a', 'b'], ['e3', 'a', 'b']]));
    expect([...c.keys()].sort()).toEqual(['e1', 'e3']);
    expect(Math.sign(c.get('e1')!)).toBe(-Math.sign(c.get('e3')!));
  });

  it('leaves hidden links out, so a claim whose denial is hidden is drawn straight', () => {
    const g = graphWith([['claim', 'iran', 'russia'], ['denial', 'iran', 'russia']]);
    expect(parallelCurvatures(g).size).toBe(2);
    expect(parallelCurvatures(g, 0.28, new Set(['denial'])).size).toBe(0);
  });
});
