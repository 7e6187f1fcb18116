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

/** `n` linked nodes of six types in a small force-like cluster, as ForceAtlas2 leaves a crowded canvas. */
function crowded(n: number) {
  const g = createExplorerGraph();
  const types = ['Country', 'Organization', 'Place', 'Person', 'Treaty', 'Event'];
  for (let i = 0; i < n; i++) {
    const a = i * 2.4;
    g.addNode(`n${i}`, { name: `node ${i}`, entityType: types[i % 6]!, labels: [types[i % 6]!], properties: {}, x: Math.sqrt(i) * Math.cos(a), y: Math.sqrt(i) * Math.sin(a) });
  }
  for (let i = 1; i < n; i++) g.addEdge(`n${i}`, `n${(i * 7 + 3) % i}`, { type: 'MET_WITH', evidenceCount: 1 } as never);
  return g;
}
/** Extent of the graph, which sigma fits to the view. */
const extentOf = (g: ReturnType<typeof stacked>) => {
  const xs = g.mapNodes((_k, a) => a.x);
  const ys = g.mapNodes((_k, a) => a.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
};
/** Disc radius in pixels: every tenth node a hub. */
const radius = (k: string) => (Number(k.slice(1)) % 10 === 0 ? 18 : 8);
/** A controller as the explorer makes it: sigma fitted the present graph to 600 px (until it refits). */
const fittedController = (g: ReturnType<typeof stacked>) => {
  const upp = extentOf(g) / 600;
  return new LayoutController(g, { unitsPerPixel: () => upp, nodeSize: radius, labelWidth: () => 100 });
};

/** Pairs of discs that overlap on screen once sigma fits the graph's extent to 600 px. */
function overlapsOnScreen(g: Parameters<typeof extentOf>[0]): string[] {
  const ppu = 600 / extentOf(g);
  const nodes = g.mapNodes((k, a) => ({ k, x: a.x * ppu, y: a.y * ppu, r: radius(k) }));
  return nodes.flatMap((a, i) => nodes.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r).map((b) => `${a.k}/${b.k}`));
}

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

  it('keeps discs apart once sigma fits a layout much wider than the one it replaced', () => {
    const g = crowded(80);
    fittedController(g).arrange('circle');
    expect(overlapsOnScreen(g)).toEqual([]);
  });

  it('keeps discs apart once fitted though the user was zoomed in when choosing the layout', () => {
    const g = crowded(80);
    // Zoomed in 4×: a pixel spans a quarter of the units it spans once sigma fits the graph (ratio 1).
    const upp = extentOf(g) / 600;
    new LayoutController(g, { unitsPerPixel: (ratio = 0.25) => upp * ratio, nodeSize: radius, labelWidth: () => 100 }).arrange('circle');
    expect(overlapsOnScreen(g)).toEqual([]);
  });

  it('leaves a crowded canvas grouped by type: every node stays nearer its own type\'s centre', () => {
    const g = crowded(80);
    fittedController(g).arrange('types');
    const centres = new Map<string, { x: number; y: number; n: number }>();
    g.forEachNode((_k, a) => {
      const c = centres.get(a.entityType) ?? { x: 0, y: 0, n: 0 };
      centres.set(a.entityType, { x: c.x + a.x, y: c.y + a.y, n: c.n + 1 });
    });
    const d = (a: { x: number; y: number }, c: { x: number; y: number; n: number }) => Math.hypot(a.x - c.x / c.n, a.y - c.y / c.n);
    const misplaced = g.filterNodes((_k, a) => [...centres].some(([t, c]) => t !== a.entityType && d(a, c) < d(a, centres.get(a.entityType)!)));
    expect(misplaced).toEqual([]);
  });
});
