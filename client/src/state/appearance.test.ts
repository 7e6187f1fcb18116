import { describe, expect, it } from 'vitest';
import { colourableProperties, nodeSourceCounts, NO_VALUE, OTHER_VALUE_COLOR, propertyColours, propertyValue, VALUE_PALETTE } from './appearance.ts';
import { ExplorerStore } from './store.ts';

function sample(): ExplorerStore {
  const store = new ExplorerStore();
  const n = (id: string, type: string, properties: Record<string, unknown>) => ({ id, labels: [type], type, name: id, properties });
  const e = (s: string, t: string, o: string, docs: string[]) => ({ id: `${s}|${t}|${o}`, source: s, target: o, type: t, properties: { evidenceCount: docs.length, documentIds: docs } });
  store.merge(
    {
      nodes: [n('a', 'Country', { iso: 'RU', region: 'Europe' }), n('b', 'Country', { iso: 'IR', region: 'Asia' }), n('c', 'Country', { iso: 'CN', region: 'Asia' }), n('p', 'Person', { name: 'p' })],
      edges: [e('a', 'MET_WITH', 'b', ['d1', 'd2']), e('b', 'MET_WITH', 'c', ['d2']), e('p', 'PRESIDENT_OF', 'a', ['d3'])],
    },
    'Add',
  );
  return store;
}

describe('appearance', () => {
  it('reads a categorical value from scalars and the first item of a list', () => {
    expect(propertyValue({ k: 'x' }, 'k')).toBe('x');
    expect(propertyValue({ k: 3 }, 'k')).toBe('3');
    expect(propertyValue({ k: ['y', 'z'] }, 'k')).toBe('y');
    expect(propertyValue({ k: '' }, 'k')).toBeUndefined();
    expect(propertyValue({}, 'k')).toBeUndefined();
  });

  it('offers properties other than names and ids, the most common first', () => {
    expect(colourableProperties(sample().graph)).toEqual(['iso', 'region']);
  });

  it('colours nodes by the frequency of their value, nodes without it grey', () => {
    const { byNode, legend } = propertyColours(sample().graph, 'region');
    expect(legend.map((l) => [l.value, l.count])).toEqual([['Asia', 2], ['Europe', 1], [NO_VALUE, 1]]);
    expect(byNode.get('b')).toBe(VALUE_PALETTE[0]);
    expect(byNode.get('c')).toBe(VALUE_PALETTE[0]);
    expect(byNode.get('a')).toBe(VALUE_PALETTE[1]);
    expect(byNode.get('p')).toBe(OTHER_VALUE_COLOR);
  });

  it('counts distinct source documents behind each node\'s links', () => {
    const counts = nodeSourceCounts(sample().graph);
    expect(counts.get('b')).toBe(2);
    expect(counts.get('a')).toBe(3);
    expect(counts.get('p')).toBe(1);
  });
});
