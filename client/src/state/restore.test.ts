import { describe, expect, it } from 'vitest';
import type { SubgraphResponse } from '../../../core/api-schemas.ts';
import { fetchInducedSubgraph, subgraphRequests } from './restore.ts';

const node = (id: string) => ({ id, labels: ['Entity'], type: 'Country', name: id, properties: {} });

/** A fake server over a ring a0-a1-…-a(n-1)-a0 plus a chord a0-a(n/2); answers like POST /api/subgraph with a cap. */
function fakeServer(n: number, max: number) {
  const edges = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, source: `a${i}`, target: `a${(i + 1) % n}`, type: 'MET_WITH', properties: {} }));
  edges.push({ id: 'chord', source: 'a0', target: `a${n / 2}`, type: 'MET_WITH', properties: {} });
  const calls: number[] = [];
  const getSubgraph = async (ids: string[]): Promise<SubgraphResponse> => {
    if (ids.length > max) throw new Error('too many ids');
    calls.push(ids.length);
    const set = new Set(ids);
    const exists = (id: string) => /^a\d+$/.test(id) && Number(id.slice(1)) < n;
    return {
      nodes: ids.filter(exists).map(node),
      edges: edges.filter((e) => set.has(e.source) && set.has(e.target)),
      missing: ids.filter((id) => !exists(id)),
    };
  };
  return { getSubgraph, calls, edges };
}

describe('restore from a link', () => {
  it('asks once when the ids fit in one request', async () => {
    const server = fakeServer(10, 500);
    const ids = [...Array.from({ length: 10 }, (_, i) => `a${i}`), 'gone'];
    const sub = await fetchInducedSubgraph(ids, server);
    expect(server.calls).toEqual([11]);
    expect(sub.nodes).toHaveLength(10);
    expect(sub.edges).toHaveLength(11);
    expect(sub.missing).toEqual(['gone']);
  });

  it('splits more ids than the cap into chunk pairs and still finds links across chunks', async () => {
    const server = fakeServer(40, 20);
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    expect(subgraphRequests(ids, 20).every((r) => r.length <= 20)).toBe(true);
    const sub = await fetchInducedSubgraph(ids, server, { maxIds: 20 });
    expect(sub.nodes).toHaveLength(40);
    expect(sub.edges.map((e) => e.id).sort()).toEqual(server.edges.map((e) => e.id).sort());
    // 4 chunks of 10 → 6 pairs.
    expect(server.calls).toHaveLength(6);
  });

  it('asks nothing for an empty list', async () => {
    const server = fakeServer(4, 500);
    expect(await fetchInducedSubgraph([], server)).toEqual({ nodes: [], edges: [], missing: [] });
    expect(server.calls).toEqual([]);
  });
});
