/**
 * Loading into a real Neo4j: what lands, idempotence, replacement of changed documents, and that an
 * entity no document mentions any more goes away.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { entityId, hash64, relationId, type ExtractionResult } from '../../core/index.ts';
import { applySchema, countGraph, loadExtraction } from '../../ingest/load/index.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

function doc(id: string, text: string) {
  return { id, title: `Doc ${id}`, source: 'test', text, contentHash: hash64(text) };
}

const ALPHA = entityId('Country', 'Alphaland');
const BETA = entityId('Country', 'Betania');
const PACT = entityId('Treaty', 'Alpha-Beta pact');
const GAMMA = entityId('Person', 'Gus Gamma');

function corpus(secondText: string, withGamma: boolean): ExtractionResult {
  const first = 'Alphaland and Betania signed the Alpha-Beta pact.';
  const d1 = doc('d1', first);
  const d2 = doc('d2', secondText);
  const relations: ExtractionResult['relations'] = [
    { id: relationId(ALPHA, 'SIGNED', PACT), source: ALPHA, target: PACT, type: 'SIGNED', confidence: 0.9,
      evidence: [{ documentId: 'd1', text: first, start: 0, end: first.length }] },
    { id: relationId(BETA, 'SIGNED', PACT), source: BETA, target: PACT, type: 'SIGNED', confidence: 0.9,
      evidence: [{ documentId: 'd1', text: first, start: 0, end: first.length }] },
  ];
  if (withGamma) {
    relations.push({ id: relationId(GAMMA, 'PRESIDENT_OF', ALPHA), source: GAMMA, target: ALPHA, type: 'PRESIDENT_OF',
      properties: { role: 'President' }, evidence: [{ documentId: 'd2', text: secondText, start: 0, end: secondText.length }] });
  }
  relations.push({ id: relationId(ALPHA, 'PROVIDED_AID_TO', BETA), source: ALPHA, target: BETA, type: 'PROVIDED_AID_TO',
    properties: { amount: 'US$5 million' }, evidence: [{ documentId: 'd2', text: secondText, start: 0, end: secondText.length }] });
  return {
    documents: [d1, d2],
    entities: [
      { id: ALPHA, type: 'Country', name: 'Alphaland', aliases: ['AL'], mentions: { d1: 1, d2: 1 } },
      { id: BETA, type: 'Country', name: 'Betania', aliases: [], mentions: { d1: 1, d2: 1 } },
      { id: PACT, type: 'Treaty', name: 'Alpha-Beta pact', aliases: ['the pact'], mentions: { d1: 1 } },
      ...(withGamma ? [{ id: GAMMA, type: 'Person' as const, name: 'Gus Gamma', aliases: ['Gamma'], mentions: { d2: 1 } }] : []),
    ],
    relations,
  };
}

const V1 = 'Alphaland President Gus Gamma sent US$5 million in aid to Betania.';
const V2 = 'Alphaland sent US$5 million in aid to Betania.';

/** The test Neo4j, emptied with our schema before each test of the calling block and after the last. */
function useFreshDatabase(set: (driver: Driver) => void): void {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    set(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await applySchema(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
  });
}

describe('loadExtraction', () => {
  let driver: Driver;
  useFreshDatabase((d) => (driver = d));

  it('stores entities with type labels, facts with their properties, and evidence tied to documents', async () => {
    const summary = await loadExtraction(driver, corpus(V1, true));
    expect(summary.documentsWritten).toBe(2);
    expect(await countGraph(driver)).toEqual({ documents: 2, entities: 4, facts: 4, coMentions: 0, evidence: 4, mentions: 6 });
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity:Country {id: $a})-[r:PROVIDED_AID_TO]->(b:Entity:Country {id: $b})
       MATCH (v:Evidence {relId: r.id})-[:FROM_DOCUMENT]->(d:Document)
       RETURN r.amount AS amount, r.evidenceCount AS n, v.text AS text, d.id AS doc, a.aliasText AS aliasText`,
      { a: ALPHA, b: BETA },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('amount')).toBe('US$5 million');
    expect(Number(records[0]!.get('n'))).toBe(1);
    expect(records[0]!.get('text')).toBe(V1);
    expect(records[0]!.get('doc')).toBe('d2');
    expect(records[0]!.get('aliasText')).toBe('Alphaland | AL');
  });

  it('leaves counts unchanged when the same documents are loaded twice', async () => {
    await loadExtraction(driver, corpus(V1, true));
    const before = await countGraph(driver);
    const again = await loadExtraction(driver, corpus(V1, true));
    expect(again.documentsUnchanged).toBe(2);
    expect(again.documentsWritten).toBe(0);
    expect(await countGraph(driver)).toEqual(before);
  });

  it('replaces what came from a changed document and drops entities no longer mentioned', async () => {
    await loadExtraction(driver, corpus(V1, true));
    const summary = await loadExtraction(driver, corpus(V2, false));
    expect(summary.documentsReplaced).toBe(1);
    expect(summary.documentsUnchanged).toBe(1);
    expect(summary.entitiesRemoved).toBe(1);
    expect(summary.factsRemoved).toBeGreaterThanOrEqual(1);
    expect(await countGraph(driver)).toEqual({ documents: 2, entities: 3, facts: 3, coMentions: 0, evidence: 3, mentions: 5 });
    const { records } = await driver.executeQuery('MATCH (v:Evidence {documentId: "d2"}) RETURN v.text AS text');
    expect(records.map((r) => r.get('text'))).toEqual([V2]);
  });

  it('keeps a fact supported by two documents when one of them changes', async () => {
    const base = corpus(V1, true);
    const shared = base.relations[0]!;
    shared.evidence.push({ documentId: 'd2', text: V1, start: 0, end: V1.length });
    await loadExtraction(driver, base);
    const changed = corpus(V2, false);
    await loadExtraction(driver, changed);
    const { records } = await driver.executeQuery(
      'MATCH (:Entity {id: $a})-[r:SIGNED]->(:Entity {id: $t}) RETURN r.evidenceCount AS n, r.documentIds AS docs',
      { a: ALPHA, t: PACT },
    );
    expect(Number(records[0]!.get('n'))).toBe(1);
    expect(records[0]!.get('docs')).toEqual(['d1']);
  });

  it('stores each evidence sentence as the extractor gave it: read from the document, with characters outside the BMP before it, or as sent when it differs', async () => {
    // The sentence after the emoji starts at UTF-16 offset 17 but code point 16; the second fact's
    // evidence text is not the document's text between its offsets (an extractor may tidy it).
    const text = 'Markets fell 📉 . Alphaland signed the Alpha-Beta pact.';
    const sentence = 'Alphaland signed the Alpha-Beta pact.';
    const start = text.indexOf(sentence);
    const result: ExtractionResult = {
      documents: [doc('e1', text)],
      entities: [
        { id: ALPHA, type: 'Country', name: 'Alphaland', aliases: [], mentions: { e1: 1 } },
        { id: PACT, type: 'Treaty', name: 'Alpha-Beta pact', aliases: [], mentions: { e1: 1 } },
      ],
      relations: [
        { id: relationId(ALPHA, 'SIGNED', PACT), source: ALPHA, target: PACT, type: 'SIGNED', confidence: 0.9,
          evidence: [{ documentId: 'e1', text: sentence, start, end: start + sentence.length }] },
        { id: relationId(ALPHA, 'PARTY_TO', PACT), source: ALPHA, target: PACT, type: 'PARTY_TO', confidence: 0.9,
          evidence: [{ documentId: 'e1', text: 'Alphaland signed the pact.', start, end: start + sentence.length }] },
      ],
    };
    await loadExtraction(driver, result);
    const { records } = await driver.executeQuery(
      'MATCH (v:Evidence)-[:FROM_DOCUMENT]->(d:Document {id: "e1"}) RETURN v.relId AS rel, v.text AS text, v.start AS start, v.end AS end, v.documentId AS doc, substring(d.text, v.start, v.end - v.start) AS slice ORDER BY rel',
    );
    expect(records.map((r) => [r.get('rel'), r.get('text'), r.get('doc')])).toEqual([
      [relationId(ALPHA, 'PARTY_TO', PACT), 'Alphaland signed the pact.', 'e1'],
      [relationId(ALPHA, 'SIGNED', PACT), sentence, 'e1'],
    ]);
    // Offsets are stored in code points, so the stored slice is the sentence itself.
    expect(records.map((r) => r.get('slice'))).toEqual([sentence, sentence]);
    expect(records[0]!.get('start').toNumber()).toBe(start - 1);
  });
});

describe('loadExtraction: CAMEO root and QuadClass of facts', () => {
  const SANCTION = 'Alphaland sanctioned Betania.';
  const sanctioned = relationId(ALPHA, 'SANCTIONED', BETA);
  const presidentOf = relationId(GAMMA, 'PRESIDENT_OF', ALPHA);

  /** d1 says Alphaland sanctioned Betania; d2 (given text) names Gamma as Alphaland's president and repeats the sanction. */
  function classCorpus(secondText: string): ExtractionResult {
    const d1 = doc('d1', SANCTION);
    const d2 = doc('d2', secondText);
    const whole = (documentId: string, text: string) => ({ documentId, text, start: 0, end: text.length });
    return {
      documents: [d1, d2],
      entities: [
        { id: ALPHA, type: 'Country', name: 'Alphaland', aliases: [], mentions: { d1: 1, d2: 1 } },
        { id: BETA, type: 'Country', name: 'Betania', aliases: [], mentions: { d1: 1, d2: 1 } },
        { id: GAMMA, type: 'Person', name: 'Gus Gamma', aliases: [], mentions: { d2: 1 } },
      ],
      relations: [
        // As the offline extractor writes them: the class on the event, none on the role.
        { id: sanctioned, source: ALPHA, target: BETA, type: 'SANCTIONED', cameo: '16', quadClass: 'material-conflict', confidence: 0.8,
          evidence: [whole('d1', SANCTION), whole('d2', secondText)] },
        { id: presidentOf, source: GAMMA, target: ALPHA, type: 'PRESIDENT_OF', properties: { role: 'President' }, confidence: 0.9,
          evidence: [whole('d2', secondText)] },
      ],
    };
  }

  async function factClasses(driver: Driver) {
    const { records } = await driver.executeQuery(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.id IN $ids
       RETURN r.id AS id, r.cameo AS cameo, r.quadClass AS quadClass, 'cameo' IN keys(r) OR 'quadClass' IN keys(r) AS hasClass`,
      { ids: [sanctioned, presidentOf] },
    );
    return Object.fromEntries(records.map((r) => [r.get('id') as string, { cameo: r.get('cameo'), quadClass: r.get('quadClass'), hasClass: r.get('hasClass') }]));
  }

  let driver: Driver;
  useFreshDatabase((d) => (driver = d));

  it('stores cameo and quadClass on an event fact and neither on a role, and keeps them on re-ingest', async () => {
    const corpus = classCorpus('Alphaland President Gus Gamma said Alphaland sanctioned Betania.');
    await loadExtraction(driver, corpus);
    const expected = {
      [sanctioned]: { cameo: '16', quadClass: 'material-conflict', hasClass: true },
      [presidentOf]: { cameo: null, quadClass: null, hasClass: false },
    };
    expect(await factClasses(driver)).toEqual(expected);
    const again = await loadExtraction(driver, corpus);
    expect(again.documentsUnchanged).toBe(2);
    expect(await factClasses(driver)).toEqual(expected);
  });

  it('sets them right when a changed document updates a surviving fact and re-creates a removed one', async () => {
    await loadExtraction(driver, classCorpus('Alphaland President Gus Gamma said Alphaland sanctioned Betania.'));
    // A fact stored before facts had classes: the changed d2 updates it (d1 keeps it alive).
    await driver.executeQuery('MATCH ()-[r]->() WHERE r.id = $id REMOVE r.cameo, r.quadClass', { id: sanctioned });
    const summary = await loadExtraction(driver, classCorpus('Gus Gamma, President of Alphaland, confirmed that Alphaland sanctioned Betania.'));
    expect(summary.documentsReplaced).toBe(1);
    // PRESIDENT_OF rested on d2 alone: deleted with its old version, then created again.
    expect(summary.factsRemoved).toBe(1);
    expect(await factClasses(driver)).toEqual({
      [sanctioned]: { cameo: '16', quadClass: 'material-conflict', hasClass: true },
      [presidentOf]: { cameo: null, quadClass: null, hasClass: false },
    });
  });

  it('classifies by type the facts of a result that carries no classes (LLM extractor, older result files)', async () => {
    const corpus = classCorpus('Alphaland President Gus Gamma said Alphaland sanctioned Betania.');
    for (const rel of corpus.relations) {
      delete rel.cameo;
      delete rel.quadClass;
    }
    await loadExtraction(driver, corpus);
    expect((await factClasses(driver))[sanctioned]).toEqual({ cameo: '16', quadClass: 'material-conflict', hasClass: true });
  });
});
