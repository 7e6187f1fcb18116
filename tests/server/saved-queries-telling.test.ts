/**
 * The saved queries about how facts are told and when, on a real Neo4j holding facts told in every way
 * (tests/fixtures/server/told-graph.ts): claims and denials about an actor, an actor's timeline of
 * dated facts, cooperation vs conflict per month, and actors named together with no fact between them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { classOfRelation, entityId, relationId, type ExtractionResult } from '../../core/index.ts';
import { loadExtraction } from '../../ingest/load/index.ts';
import { fixtureDocuments, sentenceSpan } from '../fixtures/fixture-documents.ts';
import { toldGraph, toldId } from '../fixtures/server/told-graph.ts';
import { startGraphApi, type TestApi } from './api-client.ts';

type Result = { columns: string[]; rows: unknown[][] };

describe('saved queries on facts told in every way', () => {
  let api: TestApi;
  let driver: Driver;
  beforeAll(async () => {
    ({ api, driver } = await startGraphApi(toldGraph));
  });
  afterAll(async () => {
    await api?.close();
  });

  const run = async (name: string, params: Record<string, unknown>) => {
    const res = await api.post(`/api/queries/${name}`, { params });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body as Result;
    return body.rows.map((row) => Object.fromEntries(body.columns.map((c, i) => [c, row[i]])));
  };

  it('claims-and-denials: what is alleged or denied about an actor, by whom, and whether it is disputed', async () => {
    const rows = await run('claims-and-denials', { actor: 'Iran' });
    const pick = rows.map((r) => [r['act'], r['status'], r['claimedBy'], r['disputed'], r['date']]);
    expect(pick).toEqual([
      ['SUPPLIED', 'alleged', ['Ukraine'], true, '2024-03-02'],
      ['SUPPLIED', 'denied', ['Iran', 'Russia'], true, null],
    ]);
    expect(rows.find((r) => r['status'] === 'denied')!['byActor']).toBe(true);
    // Belarus's denial is not disputed: nothing asserts or alleges the deployment.
    const belarus = await run('claims-and-denials', { actor: toldId('Belarus') });
    expect(belarus.map((r) => [r['act'], r['status'], r['disputed']])).toEqual([['DEPLOYED_TO', 'denied', false]]);
    // Ukraine is the claimant of the allegation, and the one Belarus denies deploying to.
    const ukraine = await run('claims-and-denials', { actor: 'ukraine' });
    expect(ukraine.map((r) => `${r['act']} ${r['status']} ${r['byActor']}`).sort()).toEqual(['DEPLOYED_TO denied false', 'SUPPLIED alleged true']);
  });

  it("actor-timeline: an actor's facts by date, with status and claimants, undated last", async () => {
    const rows = await run('actor-timeline', { actor: 'Ukraine' });
    expect(rows.map((r) => [r['date'], r['dateFrom'], r['relation'], r['status']])).toEqual([
      ['2023', 'sentence', 'HOSTED', 'asserted'],
      ['2024-03-02', 'sentence', 'ACCUSED', 'asserted'],
    ]);
    const all = await run('actor-timeline', { actor: 'Russia', statuses: ['asserted', 'alleged', 'denied', 'negated', 'planned'] });
    expect(all.map((r) => [r['date'], r['dateFrom'], r['relation'], r['status'], r['claimedBy']])).toEqual([
      ['2024-01-20', 'published', 'TRADES_WITH', 'planned', []],
      ['2024-03-02', 'sentence', 'SUPPLIED', 'alleged', ['Ukraine']],
      ['2024-03-10', 'published', 'SUPPLIED', 'denied', ['Iran', 'Russia']],
    ]);
  });

  it('cooperation-vs-conflict: events between two actors per month and QuadClass', async () => {
    const rows = await run('cooperation-vs-conflict', { countryA: 'Iran', countryB: 'Russia' });
    expect(rows).toEqual([{ year: '2024', month: '2024-03', quadClass: 'material-cooperation', sentences: 1, facts: 1, types: ['SUPPLIED'] }]);
    const withPlans = await run('cooperation-vs-conflict', { countryA: 'Iran', countryB: 'Russia', statuses: ['asserted', 'planned'] });
    expect(withPlans).toEqual([{ year: '2024', month: '2024-01', quadClass: 'material-cooperation', sentences: 1, facts: 1, types: ['TRADES_WITH'] }]);
    const conflict = await run('cooperation-vs-conflict', { countryA: 'Ukraine', countryB: 'Iran' });
    expect(conflict).toEqual([{ year: '2024', month: '2024-03', quadClass: 'verbal-conflict', sentences: 1, facts: 1, types: ['ACCUSED'] }]);
    // A sentence dated by its year alone counts in that year, with no month; not in its article's month.
    const yearOnly = await run('cooperation-vs-conflict', { countryA: 'Turkey', countryB: 'Ukraine' });
    expect(yearOnly).toEqual([{ year: '2023', month: null, quadClass: 'verbal-cooperation', sentences: 1, facts: 1, types: ['HOSTED'] }]);
  });

  it('co-mentioned-actors: pairs named together with no fact between them, by sentences', async () => {
    const rows = await run('co-mentioned-actors', {});
    expect(rows.map((r) => [(r['actor'] as { name: string }).name, (r['other'] as { name: string }).name, r['sentences'], r['documents']])).toEqual([['Qatar', 'Turkey', 2, 2]]);
    expect((rows[0]!['examples'] as string[]).sort()).toEqual(['Officials from Turkey and Qatar attended.', 'Turkey and Qatar were named in the same report.']);
    expect(await run('co-mentioned-actors', { minDocuments: 3 })).toEqual([]);
    const turkey = await run('co-mentioned-actors', { actor: 'Turkey' });
    expect(turkey.map((r) => (r['actor'] as { name: string }).name)).toEqual(['Turkey']);
  });

  // Last in the file: it adds a document to the graph the other tests read.
  it('claims-and-denials: an act the text says did not happen disputes its assertion, as a denial does', async () => {
    const texts = { 'doc-negated': 'Turkey did not host talks with Ukraine in 2023.' };
    const span = sentenceSpan(texts, 'doc-negated', texts['doc-negated']);
    const [turkey, ukraine] = [entityId('Country', 'Turkey'), entityId('Country', 'Ukraine')];
    const negated: ExtractionResult = {
      extractor: 'fixture',
      documents: fixtureDocuments(texts, { 'doc-negated': '2024-02-01' }),
      entities: ['Turkey', 'Ukraine'].map((name) => ({ id: entityId('Country', name), type: 'Country', name, aliases: [], mentions: { 'doc-negated': 1 } })),
      relations: [{
        id: relationId(turkey, 'HOSTED', ukraine, 'negated'),
        source: turkey, target: ukraine, type: 'HOSTED', ...classOfRelation('HOSTED'), confidence: 0.9, status: 'negated',
        evidence: [{ ...span, status: 'negated' }],
      }],
    };
    await loadExtraction(driver, negated);
    const rows = await run('claims-and-denials', { actor: 'Turkey' });
    expect(rows.map((r) => [r['act'], r['status'], r['disputed']])).toEqual([['HOSTED', 'negated', true]]);
  });
});
