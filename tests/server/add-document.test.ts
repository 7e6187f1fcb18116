/**
 * Adding documents through the API is bounded: one extraction at a time, a short queue, then 503,
 * and a refused request writes nothing (the use case on a real Neo4j, with an extractor that waits
 * until the test lets it go).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { rulesExtractor, type Extractor } from '../../ingest/extract/index.ts';
import { createDocumentAdder } from '../../server/use-cases/add-document.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { countAll } from './api-client.ts';

const article = (n: number) => ({ title: `Pact ${n}`, text: `Chile and Peru signed trade agreement number ${n} in Lima.` });

describe('adding documents through the API', () => {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
  });

  it('extracts one document at a time, queues a few and answers 503 beyond', async () => {
    let running = 0;
    let most = 0;
    const gates: Array<() => void> = [];
    const gated: Extractor = {
      name: 'gated',
      async extract(docs) {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((go) => gates.push(go));
        running -= 1;
        return rulesExtractor.extract(docs);
      },
    };
    const adder = createDocumentAdder({ driver, database: 'neo4j', timeoutMs: 10_000 }, { extractor: gated, maxWaiting: 2 });
    const first = adder.add(article(1));
    const second = adder.add(article(2));
    await expect(adder.add(article(3))).rejects.toMatchObject({ status: 503, code: 'BUSY' });
    const before = await countAll(driver);
    expect(before.nodes).toBe(0);
    // Let the extractions go one by one as they arrive.
    for (let i = 0; i < 2; i++) {
      while (gates.length === 0) await new Promise((r) => setTimeout(r, 10));
      gates.shift()!();
      await (i === 0 ? first : second);
    }
    expect(most).toBe(1);
    expect((await first).created).toBe(true);
    expect((await second).created).toBe(true);
    // Room again once the queue has drained.
    const third = adder.add(article(3));
    while (gates.length === 0) await new Promise((r) => setTimeout(r, 10));
    gates.shift()!();
    expect((await third).created).toBe(true);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: 'neo4j' });
    expect(Number(records[0]!.get('n'))).toBe(3);
  });
});
