import { describe, expect, it } from 'vitest';
import { createExplorerGraph } from '../state/graph-state.ts';
import { LayoutController, OVERLAP_REMOVAL_MAX } from './layout.ts';

/** `n` nodes stacked on a few points, so nearly all overlap. */
function stacked(n: number) {
  const g = createExplorerGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { name: `n${i}`, entityType: 'Country', labels: ['Country'], properties: {}, x: i % 3, y: i % 2 });
  return g;
}
const controller = (g: ReturnType<typeof stacked>) => new LayoutController(g, { unitsPerPixel: () => 1, nodeSize: () => 6 });
const positions = (g: ReturnType<typeof stacked>) => g.mapNodes((_k, a) => `${a.x},${a.y}`);

describe('overlap removal', () => {
  it('spreads overlapping nodes apart', () => {
    const g = stacked(30);
    expect(controller(g).removeOverlaps()).toBe(true);
    expect(new Set(positions(g)).size).toBe(30);
  });

  it('leaves a graph above the limit as it is (it would hold the page for minutes)', () => {
    const g = stacked(OVERLAP_REMOVAL_MAX + 1);
    const before = positions(g);
    expect(controller(g).removeOverlaps()).toBe(false);
    expect(positions(g)).toEqual(before);
  });
});
