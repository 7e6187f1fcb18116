import { describe, expect, it } from 'vitest';
import { computeVisibility, countTypes, dateInRange, DEFAULT_LINK_KINDS, EMPTY_FILTERS, filtersAreEmpty, withoutHeldBack } from './filters.ts';
import { ExplorerStore } from './store.ts';

function sample(): ExplorerStore {
  const store = new ExplorerStore();
  const n = (id: string, type: string) => ({ id, labels: [type], type, name: id, properties: {} });
  const e = (s: string, t: string, o: string, docs: string[]) => ({ id: `${s}|${t}|${o}`, source: s, target: o, type: t, properties: { evidenceCount: docs.length, documentIds: docs } });
  store.merge(
    {
      nodes: [n('p', 'Person'), n('c', 'Country'), n('t', 'Treaty'), n('o', 'Organization')],
      edges: [e('p', 'PRESIDENT_OF', 'c', ['old']), e('c', 'SIGNED', 't', ['new']), e('o', 'LOCATED_IN', 'c', ['undated'])],
    },
    'Add',
  );
  store.addDocumentDates([
    ['old', '2019-05-01'],
    ['new', '2025-01-17'],
  ]);
  return store;
}

describe('filters', () => {
  it('hides nodes of a hidden entity type and their edges, and brings them back when cleared', () => {
    const store = sample();
    store.setFilters({ ...EMPTY_FILTERS, hiddenEntityTypes: ['Treaty'] });
    expect([...store.visibility.hiddenNodes]).toEqual(['t']);
    expect([...store.visibility.hiddenEdges]).toEqual(['c|SIGNED|t']);
    expect(store.graph.hasNode('t')).toBe(true);
    store.setFilters(EMPTY_FILTERS);
    expect(store.visibility.hiddenNodes.size).toBe(0);
    expect(store.visibility.hiddenEdges.size).toBe(0);
  });

  it('hides edges of a hidden relationship type but keeps their nodes', () => {
    const store = sample();
    store.setFilters({ ...EMPTY_FILTERS, hiddenRelTypes: ['PRESIDENT_OF'] });
    expect([...store.visibility.hiddenEdges]).toEqual(['p|PRESIDENT_OF|c']);
    expect(store.visibility.hiddenNodes.size).toBe(0);
  });

  it('filters by document date where known and hides nodes left with only out-of-range edges', () => {
    const store = sample();
    store.setFilters({ ...EMPTY_FILTERS, dateFrom: '2024' });
    expect(store.visibility.hiddenEdges.has('p|PRESIDENT_OF|c')).toBe(true);
    expect(store.visibility.hiddenEdges.has('c|SIGNED|t')).toBe(false);
    expect(store.visibility.hiddenEdges.has('o|LOCATED_IN|c')).toBe(false);
    expect([...store.visibility.hiddenNodes]).toEqual(['p']);
  });

  it('compares dates at the precision of the bound', () => {
    expect(dateInRange('2025-01-17', '2025-01', '2025-01')).toBe(true);
    expect(dateInRange('2025-02-01', undefined, '2025-01')).toBe(false);
    expect(dateInRange('2024-12-31T23:00:00Z', '2025')).toBe(false);
  });

  it('recomputes visibility when the graph changes under an active filter', () => {
    const store = sample();
    store.setFilters({ ...EMPTY_FILTERS, hiddenEntityTypes: ['Place'] });
    store.merge({ nodes: [{ id: 'x', labels: ['Place'], type: 'Place', name: 'x', properties: {} }], edges: [] }, 'Add');
    expect(store.visibility.hiddenNodes.has('x')).toBe(true);
  });

  it('counts types and reports empty filters', () => {
    const store = sample();
    const counts = countTypes(store.graph);
    expect(counts.entityTypes.get('Country')).toBe(1);
    expect(counts.relTypes.get('SIGNED')).toBe(1);
    expect(filtersAreEmpty(EMPTY_FILTERS)).toBe(true);
    expect(filtersAreEmpty({ ...EMPTY_FILTERS, dateTo: '2020' })).toBe(false);
    expect(computeVisibility(store.graph, EMPTY_FILTERS, new Map()).hiddenNodes.size).toBe(0);
  });
});

describe('how facts are told, the timeline brush and co-mentions', () => {
  const n = (id: string) => ({ id, labels: ['Country'], type: 'Country', name: id, properties: {} });
  function told(): ExplorerStore {
    const store = new ExplorerStore();
    store.merge(
      {
        nodes: ['ir', 'ru', 'ua', 'de', 'by'].map(n),
        edges: [
          { id: 'ir|SUPPLIED|ru|alleged', source: 'ir', target: 'ru', type: 'SUPPLIED', status: 'alleged', date: '2022-10', properties: {} },
          { id: 'ir|SUPPLIED|ru|denied', source: 'ir', target: 'ru', type: 'SUPPLIED', status: 'denied', date: '2022-10', properties: {} },
          { id: 'ru|INVADED|ua', source: 'ru', target: 'ua', type: 'INVADED', status: 'asserted', date: '2022-02-24', properties: {} },
          { id: 'de|PROVIDED_AID_TO|ua', source: 'de', target: 'ua', type: 'PROVIDED_AID_TO', properties: {} },
          { id: 'by|SUPPORTED|ru', source: 'by', target: 'ru', type: 'SUPPORTED', date: '2020', properties: {} },
          { id: 'de|CO_MENTIONED|ir', source: 'de', target: 'ir', type: 'CO_MENTIONED', properties: { count: 3 } },
        ],
      },
      'Add',
    );
    return store;
  }

  it('holds back denied facts and co-mentions by default, apart from what filters hide', () => {
    const store = told();
    expect([...store.visibility.hiddenEdges].sort()).toEqual(['de|CO_MENTIONED|ir', 'ir|SUPPLIED|ru|denied']);
    expect(store.visibility.heldBackEdges.size).toBe(2);
    expect(store.visibility.hiddenNodes.size).toBe(0);
    store.setLinkKinds({ showDenied: true, coMentions: true });
    expect(store.visibility.hiddenEdges.size).toBe(0);
  });

  it('asks the API for denied and negated facts only when they are shown', () => {
    const store = told();
    expect(store.linkQuery()).toEqual({ statuses: ['asserted', 'alleged', 'planned'], coMentions: false });
    store.setLinkKinds({ showDenied: true });
    expect(store.linkQuery().statuses).toEqual(['asserted', 'alleged', 'denied', 'negated', 'planned']);
  });

  it('hides facts dated outside the brush, keeps undated ones, and hides a node left with none', () => {
    const store = told();
    store.setFilters({ ...EMPTY_FILTERS, factFrom: '2022-09', factTo: '2022-12' });
    expect(store.visibility.hiddenEdges.has('ru|INVADED|ua')).toBe(true);
    expect(store.visibility.hiddenEdges.has('ir|SUPPLIED|ru|alleged')).toBe(false);
    expect(store.visibility.hiddenEdges.has('de|PROVIDED_AID_TO|ua')).toBe(false);
    // Ukraine keeps its undated aid link; Belarus's only link is dated 2020.
    expect([...store.visibility.hiddenNodes]).toEqual(['by']);
    // The brush counts as a filter; the held-back links do not.
    expect(store.visibility.hiddenEdges.size - store.visibility.heldBackEdges.size).toBe(2);
    expect(filtersAreEmpty(store.filters)).toBe(false);
  });
});

describe('withoutHeldBack', () => {
  const page = {
    nodes: ['ir', 'ru', 'de', 'ua'].map((id) => ({ id })),
    edges: [
      { source: 'ir', target: 'ru', type: 'SUPPLIED', status: 'alleged' as const },
      { source: 'ir', target: 'ua', type: 'SUPPLIED', status: 'denied' as const },
      { source: 'de', target: 'ir', type: 'CO_MENTIONED' },
    ],
  };

  it('drops held-back links and the new nodes only they brought, keeping nodes on the canvas', () => {
    const kept = withoutHeldBack(page, DEFAULT_LINK_KINDS, (id) => id === 'ir');
    expect(kept.edges.map((e) => e.target)).toEqual(['ru']);
    expect(kept.nodes.map((n) => n.id)).toEqual(['ir', 'ru']);
  });

  it('keeps everything once denied facts and co-mentions are shown', () => {
    const kept = withoutHeldBack(page, { showDenied: true, coMentions: true }, () => false);
    expect(kept.edges).toHaveLength(3);
    expect(kept.nodes).toHaveLength(4);
  });
});
