import { describe, expect, it } from 'vitest';
import { createExplorerGraph, type ExplorerGraph } from '../state/graph-state.ts';
import { circleLayout, timelineLayout, typeGroupsLayout } from './static-layouts.ts';

function sample(): ExplorerGraph {
  const g = createExplorerGraph();
  const types = ['Country', 'Country', 'Country', 'Person', 'Person', 'Organization', 'Organization', 'Organization', 'Organization', 'Place'];
  types.forEach((t, i) => g.addNode(`n${i}`, { name: `n${i}`, entityType: t, labels: [t], properties: {}, x: Math.cos(i) * 3, y: Math.sin(i * 2) * 3 }));
  for (let i = 1; i < types.length; i++) g.addDirectedEdgeWithKey(`e${i}`, 'n0', `n${i}`, { relType: 'MET_WITH', properties: {}, evidenceCount: 1, documentIds: [] });
  g.setNodeAttribute('n9', 'fixed', true);
  return g;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('static layouts', () => {
  it('puts free nodes on one circle and leaves pinned nodes where they are', () => {
    const g = sample();
    const pinned = { ...g.getNodeAttributes('n9') };
    circleLayout(g);
    const radii = g.filterNodes((_k, a) => !a.fixed).map((k) => dist(g.getNodeAttributes(k), { x: 0, y: 0 }));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-9);
    expect(g.getNodeAttributes('n9')).toMatchObject({ x: pinned.x, y: pinned.y });
  });

  it('groups nodes by type: each node is nearer its own type\'s centre than any other', () => {
    const g = sample();
    typeGroupsLayout(g);
    const centres = new Map<string, { x: number; y: number; n: number }>();
    g.forEachNode((_k, a) => {
      if (a.fixed) return;
      const c = centres.get(a.entityType) ?? { x: 0, y: 0, n: 0 };
      centres.set(a.entityType, { x: c.x + a.x, y: c.y + a.y, n: c.n + 1 });
    });
    const mean = new Map([...centres].map(([t, c]) => [t, { x: c.x / c.n, y: c.y / c.n }]));
    g.forEachNode((_k, a) => {
      if (a.fixed) return;
      const own = dist(a, mean.get(a.entityType)!);
      for (const [t, c] of mean) if (t !== a.entityType) expect(own).toBeLessThan(dist(a, c));
    });
  });
});

describe('timeline layout', () => {
  it('orders nodes along x by their earliest fact date, undated ones left of all, one lane per type', () => {
    const g = createExplorerGraph();
    const add = (k: string, t: string) => g.addNode(k, { name: k, entityType: t, labels: [t], properties: {}, x: 0, y: 0 });
    add('ru', 'Country');
    add('ua', 'Country');
    add('treaty', 'Treaty');
    add('us', 'Country');
    add('putin', 'Person');
    const e = (k: string, s: string, t: string, date?: string) => g.addDirectedEdgeWithKey(k, s, t, { relType: 'T', properties: {}, evidenceCount: 1, documentIds: [], ...(date ? { date } : {}) });
    e('1', 'ru', 'ua', '2022-02-24');
    e('2', 'ru', 'treaty', '2025-01-17');
    e('3', 'us', 'ru');
    e('4', 'putin', 'treaty', '2025');
    e('5', 'ru', 'ua', '2014');
    timelineLayout(g);
    const x = (k: string) => g.getNodeAttribute(k, 'x');
    // Russia and Ukraine: 2014; Putin: 2025 (from January 1); the treaty: 2025 too.
    expect(x('ru')).toBe(x('ua'));
    expect(x('ru')).toBeLessThan(x('putin'));
    expect(x('putin')).toBeLessThanOrEqual(x('treaty'));
    expect(x('us')).toBeLessThan(x('ru'));
    // Types in lanes: the person's lane is not the countries'.
    expect(g.getNodeAttribute('putin', 'y')).not.toBe(g.getNodeAttribute('us', 'y'));
  });
});
