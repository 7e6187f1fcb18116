/**
 * Two ingests at once on overlapping documents, each with its own driver (as two processes would
 * have): both finish, and the graph is the one a single ingest of all their documents leaves, with
 * no entity, fact, co-mention, mention or evidence twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { createNeo4jDriver } from '../../config/neo4j-driver.ts';
import { countGraph, loadExtraction } from '../../ingest/load/index.ts';
import { getTestNeo4j, resetDatabase, type TestNeo4j } from '../support/neo4j.ts';
import { NO_DEFECTS, graphDefects, graphSnapshot, sliceExtraction, withCoMentions, type GraphSnapshot } from '../support/graph-snapshot.ts';

describe('two ingests at once', () => {
  let db: TestNeo4j;
  let other: Driver;
  // A co-mention beside every fact, so the aggregate links are raced for too.
  const gold = withCoMentions(generateCorpus({ seed: 5, articles: 120, words: 250 }).gold);
  // Overlapping halves: documents 40..80 are in both.
  const first = sliceExtraction(gold, 0, 80);
  const second = sliceExtraction(gold, 40, 120);
  let alone: GraphSnapshot;

  beforeAll(async () => {
    db = await getTestNeo4j();
    other = createNeo4jDriver(db);
    await resetDatabase(db.driver);
    // The reference: the same two results loaded one after the other.
    await loadExtraction(db.driver, first, { batchSize: 7, writers: 1 });
    await loadExtraction(db.driver, second, { batchSize: 7, writers: 1 });
    alone = await graphSnapshot(db.driver);
  });

  afterAll(async () => {
    await other?.close();
    await resetDatabase(db.driver);
  });

  for (const round of [1, 2, 3]) {
    it(`both finish and leave the graph of one ingest, with nothing twice (round ${round})`, async () => {
      await resetDatabase(db.driver);
      // Small batches, and the second result in reverse order, so the two meet often and in opposite orders.
      const reversed = { ...second, documents: [...second.documents].reverse() };
      const results = await Promise.allSettled([
        loadExtraction(db.driver, first, { batchSize: 3 + round }),
        loadExtraction(other, reversed, { batchSize: 5 }),
      ]);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);
      expect(await graphDefects(db.driver)).toEqual(NO_DEFECTS);
      const together = await graphSnapshot(db.driver);
      expect(together.documents).toHaveLength(120);
      expect(together.facts.filter((f) => (f as { type: string }).type === 'CO_MENTIONED').length).toBeGreaterThan(100);
      expect(together).toEqual(alone);
    });
  }

  it('writes the same graph with several writers in flight as with one', async () => {
    await resetDatabase(db.driver);
    const all = sliceExtraction(gold, 0, 120);
    await loadExtraction(db.driver, all, { batchSize: 6, writers: 1 });
    const one = await graphSnapshot(db.driver);
    await resetDatabase(db.driver);
    await loadExtraction(db.driver, all, { batchSize: 6, writers: 4 });
    expect(await graphDefects(db.driver)).toEqual(NO_DEFECTS);
    expect(await graphSnapshot(db.driver)).toEqual(one);
  });

  it('replaces changed documents while another ingest adds documents on the same entities, as one after the other would', async () => {
    // New versions of documents 0..40 that lose about half their facts' evidence and co-mention shares; documents 80..120 are new.
    const changed = sliceExtraction(gold, 0, 40);
    const ids = new Set(changed.documents.map((d) => d.id));
    const v2: typeof changed = {
      ...changed,
      documents: changed.documents.map((d) => ({ ...d, contentHash: `v2-${d.contentHash}` })),
      relations: changed.relations.filter((r) => r.id.length % 2 === 0 || !r.evidence.some((v) => ids.has(v.documentId))),
      coMentions: changed.coMentions?.filter((c) => c.id.length % 2 === 0),
    };
    const added = sliceExtraction(gold, 80, 120);
    const start = sliceExtraction(gold, 0, 80);
    await resetDatabase(db.driver);
    await loadExtraction(db.driver, start, { batchSize: 7, writers: 1 });
    const replaced = await loadExtraction(db.driver, v2, { batchSize: 7, writers: 1 });
    expect(replaced.documentsReplaced).toBe(40);
    expect(replaced.factsRemoved).toBeGreaterThan(0);
    await loadExtraction(db.driver, added, { batchSize: 7, writers: 1 });
    const sequential = await graphSnapshot(db.driver);
    await resetDatabase(db.driver);
    await loadExtraction(db.driver, start, { batchSize: 7, writers: 1 });
    const results = await Promise.allSettled([loadExtraction(db.driver, v2, { batchSize: 3 }), loadExtraction(other, added, { batchSize: 3 })]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);
    expect(await graphDefects(db.driver)).toEqual(NO_DEFECTS);
    expect(await graphSnapshot(db.driver)).toEqual(sequential);
  });

  it('leaves the counts of a single ingest when both load the very same documents', async () => {
    await resetDatabase(db.driver);
    const all = sliceExtraction(gold, 0, 120);
    await loadExtraction(db.driver, all, { batchSize: 10 });
    const expected = await countGraph(db.driver);
    await resetDatabase(db.driver);
    const results = await Promise.allSettled([loadExtraction(db.driver, all, { batchSize: 10 }), loadExtraction(other, all, { batchSize: 10 })]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);
    expect(await graphDefects(db.driver)).toEqual(NO_DEFECTS);
    expect(await countGraph(db.driver)).toEqual(expected);
  });
});
