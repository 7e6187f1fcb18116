import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../core/api-schemas.ts';
import { collapsibleNeighbors, createExplorerGraph, placeNear, planMerge } from './graph-state.ts';
import { ExplorerStore } from './store.ts';

const node = (id: string, type = 'Country') => ({ id, labels: ['Entity', type], type, name: id.toUpperCase(), properties: {} });
const edge = (source: string, type: string, target: string, evidenceCount = 1) => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  properties: { evidenceCount, documentIds: ['d1'] },
});

const star: GraphPayload = {
  nodes: [node('hub', 'Person'), node('a'), node('b'), node('c')],
  edges: [edge('hub', 'MET_WITH', 'a', 3), edge('hub', 'MET_WITH', 'b'), edge('hub', 'SIGNED', 'c')],
};

describe('planMerge / merge', () => {
  it('adds nodes and edges with positions and evidence counts', () => {
    const store = new ExplorerStore();
    const added = store.merge(star, 'Add');
    expect(added.nodes.sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(store.graph.size).toBe(3);
    store.graph.forEachNode((_k, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
    expect(store.graph.getEdgeAttribute('hub|MET_WITH|a', 'evidenceCount')).toBe(3);
    expect(store.graph.getNodeAttribute('hub', 'entityType')).toBe('Person');
  });

  it('is idempotent: merging the same payload twice adds nothing and records no step', () => {
    const store = new ExplorerStore();
    store.merge(star, 'Add');
    const again = store.merge(star, 'Add again');
    expect(again).toEqual({ nodes: [], edges: [] });
    expect(store.graph.order).toBe(4);
    store.undo();
    expect(store.graph.order).toBe(0);
  });

  it('drops edges whose other end is neither on the canvas nor in the payload', () => {
    const g = createExplorerGraph();
    const plan = planMerge(g, { nodes: [node('a')], edges: [edge('a', 'MET_WITH', 'ghost')] });
    expect(plan.nodes).toHaveLength(1);
    expect(plan.edges).toHaveLength(0);
  });

  it('places expanded neighbours around their parent node', () => {
    const store = new ExplorerStore();
    store.merge({ nodes: [node('p', 'Person'), node('far')], edges: [edge('p', 'MET_WITH', 'far')] }, 'Add');
    store.graph.mergeNodeAttributes('p', { x: 100, y: 100 });
    store.graph.mergeNodeAttributes('far', { x: 110, y: 100 });
    store.merge({ nodes: [node('p', 'Person'), node('n1'), node('n2')], edges: [edge('p', 'MET_WITH', 'n1'), edge('n2', 'ACCUSED', 'p')] }, 'Expand', 'p');
    for (const k of ['n1', 'n2']) {
      const a = store.graph.getNodeAttributes(k);
      expect(Math.hypot(a.x - 100, a.y - 100)).toBeLessThan(25);
    }
  });

  it('keeps a pinned node where it is when a payload refreshes it', () => {
    const store = new ExplorerStore();
    store.merge(star, 'Add');
    store.graph.mergeNodeAttributes('a', { x: 7, y: 8, fixed: true });
    store.merge({ nodes: [{ ...node('a'), name: 'Renamed' }], edges: [] }, 'Refresh');
    expect(store.graph.getNodeAttributes('a')).toMatchObject({ name: 'Renamed', x: 7, y: 8, fixed: true });
  });

  it('spreads many new nodes on distinct positions', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const p = placeNear({ x: 0, y: 0 }, i, 30);
      seen.add(`${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    }
    expect(seen.size).toBe(30);
  });
});

describe('expand, collapse and remove with undo/redo', () => {
  it('undoes and redoes an expansion, keeping moved positions on redo', () => {
    const store = new ExplorerStore();
    store.merge({ nodes: [node('hub', 'Person')], edges: [] }, 'Add');
    store.merge(star, 'Expand', 'hub');
    expect(store.graph.order).toBe(4);
    store.graph.mergeNodeAttributes('a', { x: 42, y: -42 });
    store.undo();
    expect(store.graph.order).toBe(1);
    expect(store.graph.size).toBe(0);
    store.redo();
    expect(store.graph.order).toBe(4);
    expect(store.graph.size).toBe(3);
    expect(store.graph.getNodeAttributes('a')).toMatchObject({ x: 42, y: -42 });
  });

  it('collapse removes only leaves hanging off the node, and undo brings them back with their edges', () => {
    const store = new ExplorerStore();
    store.merge(star, 'Add');
    store.merge({ nodes: [node('a'), node('b')], edges: [edge('a', 'COOPERATES_WITH', 'b')] }, 'Link');
    expect(collapsibleNeighbors(store.graph, 'hub')).toEqual(['c']);
    expect(store.collapse('hub')).toBe(1);
    expect(store.graph.hasNode('c')).toBe(false);
    store.undo();
    expect(store.graph.hasEdge('hub|SIGNED|c')).toBe(true);
  });

  it('remove then undo restores incident edges; a new action clears redo', () => {
    const store = new ExplorerStore();
    store.merge(star, 'Add');
    store.remove(['hub']);
    expect(store.graph.size).toBe(0);
    expect(store.history.undoLabel).toBe('Remove');
    store.undo();
    expect(store.graph.size).toBe(3);
    expect(store.history.canRedo).toBe(true);
    store.remove(['a']);
    expect(store.history.canRedo).toBe(false);
  });

  it('drops the selection when the selected node goes away', () => {
    const store = new ExplorerStore();
    store.merge(star, 'Add');
    store.select({ kind: 'node', id: 'a' });
    store.remove(['a']);
    expect(store.selection).toBeUndefined();
  });
});
