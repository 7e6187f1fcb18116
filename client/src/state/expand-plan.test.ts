import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../core/api-schemas.ts';
import { expandRows, fetchMissingNeighbors } from './expand-plan.ts';
import { ExplorerStore } from './store.ts';

const node = (id: string, type = 'Country') => ({ id, labels: ['Entity', type], type, name: id.toUpperCase(), properties: {} });
const edge = (source: string, target: string) => ({ id: `${source}|MET_WITH|${target}`, source, target, type: 'MET_WITH', properties: { evidenceCount: 1 } });

/** A hub with 5 country and 2 person neighbours, served in a fixed order like the API. */
const neighbours = [...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => node(id)), node('p1', 'Person'), node('p2', 'Person')];
const totals = [
  { type: 'Country', count: 5 },
  { type: 'Person', count: 2 },
];
function fakeApi(types?: string[]) {
  const calls: { offset: number; limit: number }[] = [];
  const list = neighbours.filter((n) => !types || types.includes(n.type));
  const fetch = async (offset: number, limit: number): Promise<GraphPayload> => {
    calls.push({ offset, limit });
    const page = list.slice(offset, offset + limit);
    return { nodes: [node('hub', 'Person'), ...page], edges: page.map((n) => edge('hub', n.id)) };
  };
  return { fetch, calls };
}

function storeWithHub(): ExplorerStore {
  const store = new ExplorerStore();
  store.merge({ nodes: [node('hub', 'Person')], edges: [] }, 'Add');
  return store;
}

describe('expand counts follow the canvas', () => {
  it('counts neighbours on the canvas per type, after adds, undo and redo', async () => {
    const store = storeWithHub();
    expect(expandRows(store.graph, 'hub', totals)).toMatchObject({ total: 7, onCanvas: 0, missing: 7 });
    const api = fakeApi(['Country']);
    const payload = await fetchMissingNeighbors(store.graph, 'hub', { want: 2, total: 5, types: ['Country'] }, api.fetch);
    store.merge(payload, 'Expand', 'hub');
    const after = expandRows(store.graph, 'hub', totals);
    expect(after).toMatchObject({ total: 7, onCanvas: 2, missing: 5 });
    expect(after.rows.find((r) => r.type === 'Country')).toEqual({ type: 'Country', total: 5, onCanvas: 2, missing: 3 });
    store.undo();
    expect(expandRows(store.graph, 'hub', totals)).toMatchObject({ onCanvas: 0, missing: 7 });
    store.redo();
    expect(expandRows(store.graph, 'hub', totals)).toMatchObject({ onCanvas: 2, missing: 5 });
  });

  it('adds the next neighbours not on the canvas, skipping those already there', async () => {
    const store = storeWithHub();
    store.merge({ nodes: [node('c1'), node('c3')], edges: [edge('hub', 'c1'), edge('hub', 'c3')] }, 'Some');
    const api = fakeApi();
    const payload = await fetchMissingNeighbors(store.graph, 'hub', { want: 3, total: 7 }, api.fetch);
    expect(payload.nodes.map((n) => n.id)).toEqual(['c2', 'c4', 'c5']);
    expect(payload.edges.map((e) => e.target).sort()).toEqual(['c2', 'c4', 'c5']);
    // One request: as many as are present plus the three wanted.
    expect(api.calls).toEqual([{ offset: 0, limit: 5 }]);
  });

  it('pages on when a page holds only nodes already on the canvas, and says when nothing is left', async () => {
    const store = storeWithHub();
    const api = fakeApi();
    store.merge(await fetchMissingNeighbors(store.graph, 'hub', { want: 6, total: 7 }, api.fetch), 'Expand', 'hub');
    // The hub's neighbour links were removed elsewhere: the canvas counts none, but 6 nodes are there.
    store.graph.clearEdges();
    const last = await fetchMissingNeighbors(store.graph, 'hub', { want: 1, total: 7 }, api.fetch);
    expect(last.nodes.map((n) => n.id)).toEqual(['p2']);
    expect(api.calls.length).toBeGreaterThan(2);
    const none = await fetchMissingNeighbors(store.graph, 'hub', { want: 5, total: 7 }, async () => ({ nodes: [], edges: [] }));
    expect(none).toMatchObject({ nodes: [], exhausted: true });
  });
});
