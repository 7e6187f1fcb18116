/**
 * Loading how facts are told, and co-mentions, into a real Neo4j: a fact keeps the earliest date and
 * the union of claimants over its documents, and replacing a document takes its share back; the
 * aggregate CO_MENTIONED link of a pair counts every document's sentences, is not counted twice when
 * loaded twice, follows a changed document and goes when no document supports it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { coMentionId, entityId, hash64, relationId, type CoMentionRecord, type Evidence, type ExtractionResult } from '../../core/index.ts';
import { applySchema, countGraph, loadExtraction } from '../../ingest/load/index.ts';
import { toldGraph, toldId } from '../fixtures/server/told-graph.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

const ALPHA = entityId('Country', 'Alphaland');
const BETA = entityId('Country', 'Betania');
const GAMMA = entityId('Country', 'Gammaria');
const PAIR = coMentionId(ALPHA, BETA);
const SUPPLIED = relationId(ALPHA, 'SUPPLIED', BETA, 'alleged');

function doc(id: string, text: string) {
  return { id, sourceKey: `/corpus/${id}.txt`, title: `Doc ${id}`, source: 'test', text, contentHash: hash64(text) };
}
const whole = (documentId: string, text: string, told: Partial<Evidence> = {}): Evidence => ({ documentId, text, start: 0, end: text.length, ...told });

/**
 * One document: Alphaland allegedly supplied Betania (claimed by `claimant`, dated when `date` is
 * given), and Alphaland and Betania named together in `coSentences` sentences with no fact between them.
 */
function article(id: string, opts: { claimant?: string; date?: string; coSentences?: number }): ExtractionResult {
  const fact = `Gammaria said Alphaland supplied Betania${opts.date ? ` in ${opts.date}` : ''}.`;
  const co = Array.from({ length: opts.coSentences ?? 0 }, (_, i) => `Alphaland and Betania were both named, time ${i + 1}.`);
  const text = [fact, ...co].join(' ');
  const told = { status: 'alleged' as const, claimedBy: [opts.claimant ?? GAMMA], ...(opts.date ? { date: opts.date, dateText: `in ${opts.date}` } : {}) };
  const coMentions: CoMentionRecord[] = co.length
    ? [{
        id: PAIR, source: ALPHA, target: BETA, count: co.length, documents: [id], countByDocument: { [id]: co.length },
        evidence: co.slice(0, 5).map((s) => ({ documentId: id, text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length })),
      }]
    : [];
  return {
    documents: [doc(id, text)],
    entities: [
      { id: ALPHA, type: 'Country', name: 'Alphaland', aliases: [], mentions: { [id]: 1 + co.length } },
      { id: BETA, type: 'Country', name: 'Betania', aliases: [], mentions: { [id]: 1 + co.length } },
      { id: GAMMA, type: 'Country', name: 'Gammaria', aliases: [], mentions: { [id]: 1 } },
    ],
    relations: [{ id: SUPPLIED, source: ALPHA, target: BETA, type: 'SUPPLIED', ...told, evidence: [whole(id, fact, told)] }],
    coMentions,
  };
}

describe('loading how facts are told and co-mentions', () => {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await applySchema(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
  });

  const fact = async (id: string) => {
    const { records } = await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id RETURN properties(r) AS p', { id }, { database: 'neo4j' });
    const p = records[0]?.get('p') as Record<string, unknown> | undefined;
    return p && Object.fromEntries(Object.entries(p).map(([k, v]) => [k, neo4j.isInt(v) ? v.toNumber() : v]));
  };
  const coMention = async (id: string) => {
    const { records } = await driver.executeQuery(
      'MATCH (:Entity)-[r:CO_MENTIONED]->(:Entity) WHERE r.id = $id RETURN r.count AS count, r.documentIds AS docs, r.documentCounts AS counts, r.evidenceCount AS ev',
      { id },
      { database: 'neo4j' },
    );
    const r = records[0];
    return r ? { count: Number(r.get('count')), docs: r.get('docs') as string[], counts: (r.get('counts') as unknown[]).map(Number), evidence: Number(r.get('ev')) } : undefined;
  };

  it('stores the told fixture: statuses, claimants and dates on facts, and one co-mention link apart from them', async () => {
    await loadExtraction(driver, toldGraph);
    expect(await fact(relationId(toldId('Iran'), 'SUPPLIED', toldId('Russia'), 'alleged'))).toMatchObject({ status: 'alleged', claimedBy: [toldId('Ukraine')], date: '2024-03-02', dateText: 'on 2 March 2024' });
    expect(await fact(relationId(toldId('Turkey'), 'HOSTED', toldId('Ukraine')))).toMatchObject({ status: 'asserted', date: '2023' });
    const pair = toldGraph.coMentions![0]!;
    expect(await coMention(pair.id)).toEqual({ count: 2, docs: ['doc-drones', 'doc-talks'], counts: [1, 1], evidence: 2 });
    expect(await countGraph(driver)).toMatchObject({ facts: 6, coMentions: 1, evidence: 8 });
    await loadExtraction(driver, toldGraph);
    expect(await coMention(pair.id)).toEqual({ count: 2, docs: ['doc-drones', 'doc-talks'], counts: [1, 1], evidence: 2 });
  });

  it('keeps the earliest date and every claimant over the documents, whatever the order they come in', async () => {
    await loadExtraction(driver, article('late', { date: '2024-03', claimant: GAMMA }));
    await loadExtraction(driver, article('early', { date: '2023-11-05', claimant: ALPHA }));
    await loadExtraction(driver, article('undated', { claimant: GAMMA }));
    const stored = await fact(SUPPLIED);
    expect(stored).toMatchObject({ date: '2023-11-05', dateText: 'in 2023-11-05', evidenceCount: 3 });
    expect(stored!['claimedBy']).toEqual([ALPHA, GAMMA].sort());
  });

  it('takes a replaced document\'s date and claimant back, and gives the new version\'s', async () => {
    await loadExtraction(driver, article('late', { date: '2024-03', claimant: GAMMA }));
    await loadExtraction(driver, article('early', { date: '2023-11-05', claimant: ALPHA }));
    // "early" changes: no date any more, claimed by Betania instead of Alphaland.
    await loadExtraction(driver, article('early', { claimant: BETA, coSentences: 1 }));
    const stored = await fact(SUPPLIED);
    expect(stored).toMatchObject({ date: '2024-03', dateText: 'in 2024-03', evidenceCount: 2 });
    expect(stored!['claimedBy']).toEqual([BETA, GAMMA].sort());
    // "late" goes: only the undated version of "early" is left.
    await loadExtraction(driver, article('early', { claimant: BETA, coSentences: 1 }), { replaceSources: ['/corpus/late.txt'] });
    const left = await fact(SUPPLIED);
    expect(left).toMatchObject({ claimedBy: [BETA], evidenceCount: 1 });
    expect(left!['date']).toBeUndefined();
    expect(left!['dateText']).toBeUndefined();
  });

  it('counts a pair over documents, follows a changed document, and drops the link when no document names the pair', async () => {
    await loadExtraction(driver, article('one', { coSentences: 2 }));
    await loadExtraction(driver, article('two', { coSentences: 3 }));
    expect(await coMention(PAIR)).toEqual({ count: 5, docs: ['one', 'two'], counts: [2, 3], evidence: 5 });
    await loadExtraction(driver, article('two', { coSentences: 3 }));
    expect((await coMention(PAIR))!.count).toBe(5);
    // "one" changes: now four sentences name the pair (shares stay in document id order).
    await loadExtraction(driver, article('one', { coSentences: 4 }));
    expect(await coMention(PAIR)).toEqual({ count: 7, docs: ['one', 'two'], counts: [4, 3], evidence: 7 });
    // "two" is removed from its source; "one" changes again and names the pair no more.
    await loadExtraction(driver, article('one', { coSentences: 0 }), { replaceSources: ['/corpus/two.txt'] });
    expect(await coMention(PAIR)).toBeUndefined();
    expect(await countGraph(driver)).toMatchObject({ documents: 1, facts: 1, coMentions: 0, evidence: 1 });
  });
});
