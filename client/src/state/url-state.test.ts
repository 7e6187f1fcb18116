import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphPayload } from '../../../core/api-schemas.ts';
import { EMPTY_FILTERS } from './filters.ts';
import { fetchInducedSubgraph } from './restore.ts';
import { ExplorerStore } from './store.ts';
import { decodeUrlState, encodeUrlState } from './url-state.ts';

describe('URL state', () => {
  it('round-trips nodes, filters and selection, including ids with separators', () => {
    const state = {
      nodes: ['person:a-b', 'weird,id|x', '4:abc:12'],
      filters: { hiddenEntityTypes: ['Place'], hiddenRelTypes: ['RELATED_TO', 'MET_WITH'], dateFrom: '2024-01', dateTo: '2025' },
      selection: { kind: 'edge' as const, id: 'person:a-b|MET_WITH|weird,id|x' },
    };
    const hash = encodeUrlState(state);
    expect(hash).not.toContain(' ');
    expect(decodeUrlState(`#${hash}`)).toEqual(state);
  });

  it('keeps colouring links by cooperation and conflict, and leaves the default out', () => {
    const state = { nodes: ['a'], filters: EMPTY_FILTERS, edgeColoring: 'quadClass' as const };
    expect(encodeUrlState(state)).toBe('n=a&ec=quadClass');
    expect(decodeUrlState('#n=a&ec=quadClass')).toEqual(state);
    expect(decodeUrlState('#n=a&ec=rainbow')).toEqual({ nodes: ['a'], filters: EMPTY_FILTERS });
    const store = new ExplorerStore();
    expect(store.toUrlState().edgeColoring).toBeUndefined();
    store.setEdgeColoring('quadClass');
    expect(store.toUrlState().edgeColoring).toBe('quadClass');
  });

  it('keeps the timeline brush and the shown link kinds, and drops a brush that is not a date', () => {
    const state = { nodes: ['a'], filters: { ...EMPTY_FILTERS, factFrom: '2022-02', factTo: '2023' }, showDenied: true as const, coMentions: true as const };
    const hash = encodeUrlState(state);
    expect(hash).toBe('n=a&tf=2022-02&tt=2023&sd=1&cm=1');
    expect(decodeUrlState(`#${hash}`)).toEqual(state);
    expect(decodeUrlState('#n=a&tf=yesterday&tt=2022-13&sd=yes')).toEqual({ nodes: ['a'], filters: EMPTY_FILTERS });
    const store = new ExplorerStore();
    store.setLinkKinds({ coMentions: true });
    expect(store.toUrlState()).toMatchObject({ coMentions: true });
    expect(store.toUrlState().showDenied).toBeUndefined();
  });

  it('encodes an empty canvas as an empty hash and decodes garbage to an empty state', () => {
    expect(encodeUrlState({ nodes: [], filters: EMPTY_FILTERS })).toBe('');
    expect(decodeUrlState('#%%%&=&sel=zz&n=')).toEqual({ nodes: [], filters: EMPTY_FILTERS });
  });

  it('takes its state from the store', () => {
    const store = new ExplorerStore();
    store.merge({ nodes: [{ id: 'a', labels: [], type: 'Person', name: 'A', properties: {} }], edges: [] }, 'Add');
    store.select({ kind: 'node', id: 'a' });
    expect(decodeUrlState(encodeUrlState(store.toUrlState()))).toMatchObject({ nodes: ['a'], selection: { kind: 'node', id: 'a' } });
  });
});

describe('restore from URL', () => {
  const n = (id: string): GraphNode => ({ id, labels: [], type: 'Country', name: id, properties: {} });
  const world: GraphPayload = {
    nodes: [n('a'), n('b'), n('c')],
    edges: [
      { id: 'a|X|b', source: 'a', target: 'b', type: 'X', properties: {} },
      { id: 'b|X|c', source: 'b', target: 'c', type: 'X', properties: {} },
    ],
  };
  // Answers like POST /api/subgraph: the nodes among the ids, the links among them, the ids not found.
  const api = {
    getSubgraph: async (ids: string[]) => ({
      nodes: world.nodes.filter((x) => ids.includes(x.id)),
      edges: world.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)),
      missing: ids.filter((id) => !world.nodes.some((x) => x.id === id)),
    }),
  };

  it('refetches the nodes and only the edges among them, reporting missing ones', async () => {
    const sub = await fetchInducedSubgraph(['a', 'b', 'gone'], api);
    expect(sub.nodes.map((x) => x.id)).toEqual(['a', 'b']);
    expect(sub.edges.map((e) => e.id)).toEqual(['a|X|b']);
    expect(sub.missing).toEqual(['gone']);
    const store = new ExplorerStore();
    store.merge(sub, 'Restore');
    expect(store.graph.order).toBe(2);
    expect(store.graph.size).toBe(1);
  });
});
