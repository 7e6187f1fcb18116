import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, SubgraphResponse } from '../../../core/api-schemas.ts';
import { linkRequests, withLinksAmong } from './links-among.ts';

const node = (id: string): GraphNode => ({ id, name: id, type: 'Country', labels: ['Entity', 'Country'], properties: {} });
const edge = (source: string, target: string): GraphEdge => ({ id: `${source}>${target}`, source, target, type: 'MET_WITH', properties: {} });

describe('linkRequests', () => {
  it('asks once for new and present nodes together when they fit', () => {
    expect(linkRequests(['c'], ['a', 'b'])).toEqual([['c', 'a', 'b']]);
  });

  it('asks nothing when the add brings no new node', () => {
    expect(linkRequests([], ['a', 'b'])).toEqual([]);
  });

  it('pairs each chunk of new nodes with each chunk of all nodes, so every new-to-any pair is asked', () => {
    const present = Array.from({ length: 9 }, (_, i) => `p${i}`);
    const fresh = ['n0', 'n1', 'n2'];
    const requests = linkRequests(fresh, present, 4);
    for (const r of requests) expect(r.length).toBeLessThanOrEqual(4);
    for (const f of fresh) {
      for (const other of [...fresh, ...present]) {
        expect(requests.some((r) => r.includes(f) && r.includes(other))).toBe(true);
      }
    }
  });
});

describe('withLinksAmong', () => {
  it('adds the links the database holds between new nodes and the canvas, keeping the payload\'s own', async () => {
    const db = [edge('a', 'c'), edge('c', 'b'), edge('a', 'b')];
    const api = {
      getSubgraph: async (ids: string[]): Promise<SubgraphResponse> => ({
        nodes: ids.map(node),
        edges: db.filter((e) => ids.includes(e.source) && ids.includes(e.target)),
        missing: [],
      }),
    };
    const out = await withLinksAmong({ nodes: [node('c')], edges: [edge('a', 'c')] }, ['a', 'b'], api);
    expect(out.nodes.map((n) => n.id)).toEqual(['c']);
    expect(out.edges.map((e) => e.id).sort()).toEqual(['a>b', 'a>c', 'c>b']);
  });

  it('does not call the server when nothing new is added', async () => {
    let calls = 0;
    const api = { getSubgraph: async (): Promise<SubgraphResponse> => (calls++, { nodes: [], edges: [], missing: [] }) };
    await withLinksAmong({ nodes: [node('a')], edges: [] }, ['a'], api);
    expect(calls).toBe(0);
  });
});
