/**
 * How facts are told, through the API on a real Neo4j: status, claimants, dates, CAMEO class and
 * Goldstein weight on edges and evidence; the `statuses` and `coMentions` filters of neighbours,
 * paths and subgraphs; paths that never run through a denied act unless asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coMentionId, edgeEvidenceResponseSchema, neighborsResponseSchema, pathsResponseSchema, relationId, subgraphResponseSchema } from '../../core/index.ts';
import { toldGraph, toldId } from '../fixtures/server/told-graph.ts';
import { startGraphApi, type TestApi } from './api-client.ts';

const enc = encodeURIComponent;
const iran = toldId('Iran');
const russia = toldId('Russia');
const ukraine = toldId('Ukraine');
const belarus = toldId('Belarus');
const alleged = relationId(iran, 'SUPPLIED', russia, 'alleged');
const denied = relationId(iran, 'SUPPLIED', russia, 'denied');

describe('facts told as asserted, alleged, denied or planned, through the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    ({ api } = await startGraphApi(toldGraph));
  });
  afterAll(async () => {
    await api?.close();
  });

  const neighbours = async (id: string, query = '') => {
    const res = await api.get(`/api/nodes/${enc(id)}/neighbors${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return neighborsResponseSchema.parse(res.body);
  };

  it('returns status, claimants, date, class and weight on neighbour edges', async () => {
    const { edges } = await neighbours(iran);
    const supplied = edges.find((e) => e.id === alleged);
    expect(supplied).toMatchObject({ type: 'SUPPLIED', status: 'alleged', claimedBy: [ukraine], date: '2024-03-02', dateText: 'on 2 March 2024', cameo: '07', quadClass: 'material-cooperation', goldstein: 7 });
    const accused = edges.find((e) => e.type === 'ACCUSED');
    expect(accused).toMatchObject({ status: 'asserted', cameo: '11', quadClass: 'verbal-conflict', goldstein: -2 });
  });

  it('leaves denied, negated and planned facts out of neighbourhoods unless asked', async () => {
    const byDefault = await neighbours(iran);
    expect(byDefault.edges.map((e) => e.id).sort()).toEqual([relationId(ukraine, 'ACCUSED', iran), alleged].sort());
    const deniedOnly = await neighbours(iran, '?statuses=denied');
    expect(deniedOnly.edges.map((e) => e.id)).toEqual([denied]);
    expect(deniedOnly.edges[0]).toMatchObject({ status: 'denied', claimedBy: [iran, russia].sort() });
    const all = await neighbours(iran, '?statuses=asserted,alleged,denied,negated,planned');
    expect(all.edges.map((e) => e.status).sort()).toEqual(['alleged', 'asserted', 'denied', 'planned']);
    // Totals follow the same filter: Belarus's only link is a denial.
    expect((await neighbours(belarus)).total).toBe(0);
    expect((await neighbours(belarus, '?statuses=denied')).total).toBe(1);
  });

  it('refuses unknown statuses and a coMentions flag that is not a boolean with 400', async () => {
    for (const query of ['?statuses=rumoured', '?statuses=', '?statuses=asserted,maybe', '?coMentions=yes']) {
      const res = await api.get(`/api/nodes/${enc(iran)}/neighbors${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
    }
    const paths = await api.get(`/api/paths?from=${enc(iran)}&to=${enc(russia)}&statuses=all`);
    expect(paths.status).toBe(400);
  });

  it('never runs a path through a denied act unless asked', async () => {
    const path = async (from: string, to: string, query = '') => {
      const res = await api.get(`/api/paths?from=${enc(from)}&to=${enc(to)}${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return pathsResponseSchema.parse(res.body).paths;
    };
    expect(await path(belarus, ukraine)).toEqual([]);
    const asked = await path(belarus, ukraine, '&statuses=asserted,denied');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.hops[0]!.edge).toMatchObject({ type: 'DEPLOYED_TO', status: 'denied', claimedBy: [belarus] });
    expect(asked[0]!.hops[0]!.evidence[0]).toMatchObject({ text: 'Belarus denied deploying troops to Ukraine.', status: 'denied', claimedBy: [belarus] });
    // Iran and Russia are linked only by an allegation, its denial and a plan.
    expect((await path(iran, russia, '&statuses=asserted&maxHops=6')).length).toBe(0);
    const viaAllegation = await path(iran, russia);
    expect(viaAllegation[0]!.edges.map((e) => e.id)).toEqual([alleged]);
  });

  it('returns each evidence sentence with its own status, claimants and date', async () => {
    const res = await api.get(`/api/edges/${enc(alleged)}/evidence`);
    expect(res.status).toBe(200);
    const { edge, evidence } = edgeEvidenceResponseSchema.parse(res.body);
    expect(edge).toMatchObject({ id: alleged, status: 'alleged', goldstein: 7 });
    expect(evidence).toEqual([
      expect.objectContaining({ documentId: 'doc-drones', status: 'alleged', claimedBy: [ukraine], date: '2024-03-02', dateText: 'on 2 March 2024', publishedAt: '2024-03-10' }),
    ]);
    const deniedEvidence = await api.get(`/api/edges/${enc(denied)}/evidence`);
    expect(deniedEvidence.body.evidence[0]).toMatchObject({ status: 'denied', claimedBy: [iran, russia].sort() });
    expect(deniedEvidence.body.evidence[0].date).toBeUndefined();
  });

  it('filters the links of a subgraph by status too', async () => {
    const ids = [iran, russia];
    const byDefault = subgraphResponseSchema.parse((await api.post('/api/subgraph', { ids })).body);
    expect(byDefault.edges.map((e) => e.id)).toEqual([alleged]);
    const withDenials = subgraphResponseSchema.parse((await api.post('/api/subgraph', { ids, statuses: ['denied', 'planned'] })).body);
    expect(withDenials.edges.map((e) => e.status).sort()).toEqual(['denied', 'planned']);
    const bad = await api.post('/api/subgraph', { ids, statuses: ['rumoured'] });
    expect(bad.status).toBe(400);
  });

  it('leaves CO_MENTIONED links out of neighbourhoods, paths and subgraphs unless asked', async () => {
    const turkey = toldId('Turkey');
    const qatar = toldId('Qatar');
    const pair = coMentionId(turkey, qatar);
    expect(pair).toBe(`${qatar}|CO_MENTIONED|${turkey}`);
    expect((await neighbours(qatar)).total).toBe(0);
    const asked = await neighbours(qatar, '?coMentions=true');
    expect(asked.edges).toEqual([expect.objectContaining({ id: pair, type: 'CO_MENTIONED', source: qatar, target: turkey })]);
    expect(asked.edges[0]!.properties).toMatchObject({ count: 2, documentIds: ['doc-drones', 'doc-talks'] });
    expect(asked.edges[0]!.goldstein).toBeUndefined();
    const named = await neighbours(qatar, '?relTypes=CO_MENTIONED');
    expect(named.edges.map((e) => e.id)).toEqual([pair]);
    const noPath = await api.get(`/api/paths?from=${enc(qatar)}&to=${enc(ukraine)}`);
    expect(noPath.body.paths).toEqual([]);
    const path = await api.get(`/api/paths?from=${enc(qatar)}&to=${enc(ukraine)}&coMentions=true`);
    expect(path.body.paths[0].edges.map((e: { type: string }) => e.type)).toEqual(['CO_MENTIONED', 'HOSTED']);
    expect((await api.post('/api/subgraph', { ids: [turkey, qatar] })).body.edges).toEqual([]);
    expect((await api.post('/api/subgraph', { ids: [turkey, qatar], coMentions: true })).body.edges.map((e: { id: string }) => e.id)).toEqual([pair]);
  });

  it('returns the sentences behind a co-mention', async () => {
    const pair = coMentionId(toldId('Turkey'), toldId('Qatar'));
    const res = await api.get(`/api/edges/${enc(pair)}/evidence`);
    expect(res.status).toBe(200);
    const { evidence } = edgeEvidenceResponseSchema.parse(res.body);
    expect(evidence.map((v) => v.text).sort()).toEqual(['Officials from Turkey and Qatar attended.', 'Turkey and Qatar were named in the same report.']);
  });
});
