import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { displayName, nodeToGraphNode, parseFactId, relationshipToGraphEdge, toNative } from './to-native.ts';

const { Node, Relationship } = neo4j.types;
const node = (eid: string, labels: string[], props: Record<string, unknown>) => new Node(neo4j.int(0), labels, props, eid);

describe('toNative', () => {
  it('turns safe Integers into numbers and unsafe ones into strings', () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporals into ISO strings, recursively through lists and maps', () => {
    const d = new neo4j.types.Date(2024, 2, 5);
    expect(toNative({ when: [d], n: neo4j.int(1), s: 'x', nothing: null })).toEqual({ when: ['2024-02-05'], n: 1, s: 'x', nothing: null });
  });

  it('gives our entities their id and entity type, and foreign nodes elementId and first label', () => {
    const ours = node('4:x:1', ['Entity', 'Country'], { id: 'country:chile', type: 'Country', name: 'Chile' });
    expect(nodeToGraphNode(ours)).toMatchObject({ id: 'country:chile', type: 'Country', name: 'Chile' });
    const foreign = node('4:x:2', ['Movie', 'Classic'], { id: neo4j.int(7), title: 'Metropolis' });
    expect(nodeToGraphNode(foreign)).toMatchObject({ id: '4:x:2', type: 'Movie', name: 'Metropolis', properties: { id: 7 } });
  });

  it('leaves document text out of graph payloads', () => {
    const doc = node('4:x:3', ['Document'], { id: 'd1', title: 'T', text: 'long text' });
    expect(nodeToGraphNode(doc).properties).toEqual({ id: 'd1', title: 'T' });
  });

  it('maps relationship endpoints through the id lookup and uses our fact id only when it is one', () => {
    const fact = new Relationship(neo4j.int(1), neo4j.int(1), neo4j.int(2), 'SIGNED', { id: 'a|SIGNED|b' }, '5:x:1', '4:x:1', '4:x:2');
    const ids: Record<string, string> = { '4:x:1': 'a', '4:x:2': 'b' };
    expect(relationshipToGraphEdge(fact, (e) => ids[e] ?? e)).toMatchObject({ id: 'a|SIGNED|b', source: 'a', target: 'b', type: 'SIGNED' });
    const foreign = new Relationship(neo4j.int(1), neo4j.int(1), neo4j.int(2), 'ACTED_IN', { id: 'x' }, '5:x:2', '4:x:1', '4:x:2');
    expect(relationshipToGraphEdge(foreign, (e) => e).id).toBe('5:x:2');
  });

  it('lifts a stored CAMEO root and QuadClass onto the edge, and nothing that is not one', () => {
    const rel = (type: string, props: Record<string, unknown>) => new Relationship(neo4j.int(1), neo4j.int(1), neo4j.int(2), type, props, '5:x:3', '4:x:1', '4:x:2');
    const sanction = relationshipToGraphEdge(rel('SANCTIONED', { id: 'a|SANCTIONED|b', cameo: '16', quadClass: 'material-conflict' }), (e) => e);
    expect(sanction).toMatchObject({ cameo: '16', quadClass: 'material-conflict', properties: { cameo: '16', quadClass: 'material-conflict' } });
    const role = relationshipToGraphEdge(rel('PRESIDENT_OF', { id: 'a|PRESIDENT_OF|b' }), (e) => e);
    expect('cameo' in role || 'quadClass' in role).toBe(false);
    // A foreign graph's full CAMEO event code is not a root class.
    const foreign = relationshipToGraphEdge(rel('EVENT', { cameo: '0431', quadClass: 1 }), (e) => e);
    expect('cameo' in foreign || 'quadClass' in foreign).toBe(false);
    expect(foreign.properties).toEqual({ cameo: '0431', quadClass: 1 });
  });
});

describe('how a fact is told', () => {
  const rel = (props: Record<string, unknown>) => new Relationship(neo4j.int(1), neo4j.int(1), neo4j.int(2), 'SUPPLIED', props, '5:x:4', '4:x:1', '4:x:2');
  it('lifts status, claimants and a valid date onto the edge', () => {
    const edge = relationshipToGraphEdge(rel({ id: 'a|SUPPLIED|b|denied', status: 'denied', claimedBy: ['c'], date: '2022-02', dateText: 'February 2022' }), (e) => e);
    expect(edge).toMatchObject({ id: 'a|SUPPLIED|b|denied', status: 'denied', claimedBy: ['c'], date: '2022-02', dateText: 'February 2022' });
  });
  it('weighs an event fact on the Goldstein-style scale from its type and root, and a state not at all', () => {
    const edge = (type: string, props: Record<string, unknown>) => relationshipToGraphEdge(new Relationship(neo4j.int(1), neo4j.int(1), neo4j.int(2), type, props, '5:x:4', '4:x:1', '4:x:2'), (e) => e);
    expect(edge('SIGNED', { cameo: '05', quadClass: 'verbal-cooperation' }).goldstein).toBe(8);
    expect(edge('SUPPORTED', { cameo: '05', quadClass: 'verbal-cooperation' }).goldstein).toBe(3.5);
    expect(edge('PRESIDENT_OF', {}).goldstein).toBeUndefined();
    expect(edge('SIGNED', { cameo: '0571' }).goldstein).toBeUndefined();
  });
  it('leaves out what a foreign graph stores under these names', () => {
    const edge = relationshipToGraphEdge(rel({ status: 'active', claimedBy: 3, date: 'last week', dateText: 'x' }), (e) => e);
    expect('status' in edge || 'claimedBy' in edge || 'date' in edge || 'dateText' in edge).toBe(false);
  });
  it('reads a status suffix on a fact id and nothing else', () => {
    expect(parseFactId('a|SUPPLIED|b|alleged')).toEqual({ source: 'a', type: 'SUPPLIED', target: 'b', status: 'alleged' });
    expect(parseFactId('a|SUPPLIED|b')).toMatchObject({ status: 'asserted' });
    expect(parseFactId('a|SUPPLIED|b|asserted')).toBeUndefined();
    expect(parseFactId('a|SUPPLIED|b|rumoured')).toBeUndefined();
  });
});

describe('displayName', () => {
  it('prefers name, then title, then the first string property alphabetically, then the fallback', () => {
    expect(displayName({ title: 'T', name: 'N' }, 'f')).toBe('N');
    expect(displayName({ title: 'T' }, 'f')).toBe('T');
    expect(displayName({ zeta: 'z', alpha: 'a', n: 1 }, 'f')).toBe('a');
    expect(displayName({ n: 1 }, 'f')).toBe('f');
  });
});

describe('parseFactId', () => {
  it('splits source|TYPE|target and refuses anything else', () => {
    expect(parseFactId('country:a|MET_WITH|country:b')).toEqual({ source: 'country:a', type: 'MET_WITH', target: 'country:b', status: 'asserted' });
    expect(parseFactId('4:abc:12')).toBeUndefined();
    expect(parseFactId('a|lower|b')).toBeUndefined();
  });
});
