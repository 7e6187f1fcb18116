/**
 * What `npm start` does to the database it is given (prepareDatabase, on a real Neo4j): an empty
 * database gets our schema, the marker and the sample corpus; a marked one is recognised on the next
 * start and not re-ingested; one built before the marker existed is recognised by its labels and
 * marked; an empty database with someone else's constraints is foreign.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { countGraph, loadExtraction, readOwnership } from '../../ingest/load/index.ts';
import { PROJECT_ROOT } from '../../neo4j-runtime/install.ts';
import { prepareDatabase } from '../../server/start-up/prepare-database.ts';
import { smallGraph } from '../fixtures/server/small-graph.ts';
import { getTestNeo4j, resetDatabase, schemaNames, wipeDatabase } from '../support/neo4j.ts';

const SAMPLES = join(PROJECT_ROOT, 'ingest', 'samples');

async function markers(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (m:NewsgraphDatabase) RETURN count(m) AS n', {}, { database: 'neo4j' });
  return Number(records[0]!.get('n'));
}

describe('start-up on an empty or own database', () => {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
  });
  afterAll(async () => {
    await resetDatabase(driver);
  });

  it('builds an empty database: schema, marker and the sample corpus', async () => {
    await wipeDatabase(driver);
    expect((await readOwnership(driver)).ownership).toBe('empty');
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(prepared).toMatchObject({ writable: true, adopted: false, ownership: { ownership: 'empty' } });
    expect(prepared.sample?.documents).toBeGreaterThan(0);
    expect(await markers(driver)).toBe(1);
    const { records } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names', {}, { database: 'neo4j' });
    for (const name of schemaNames()) expect(records[0]!.get('names')).toContain(name);
  });

  it('knows its own database on the next start and does not ingest the samples again', async () => {
    const before = await countGraph(driver);
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(prepared).toMatchObject({ writable: true, ownership: { ownership: 'ours' } });
    expect(prepared.sample).toBeUndefined();
    expect(await countGraph(driver)).toEqual(before);
    expect(await markers(driver)).toBe(1);
  });

  it('recognises and marks a database it built before the marker existed', async () => {
    await resetDatabase(driver);
    await loadExtraction(driver, smallGraph);
    expect(await markers(driver)).toBe(0);
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(prepared).toMatchObject({ writable: true, ownership: { ownership: 'ours-unmarked' } });
    expect(prepared.sample).toBeUndefined(); // it holds documents
    expect(await markers(driver)).toBe(1);
  });

  it('treats a database without nodes but with foreign constraints as foreign', async () => {
    await wipeDatabase(driver);
    await driver.executeQuery('CREATE CONSTRAINT account_id FOR (a:Account) REQUIRE a.id IS UNIQUE', {}, { database: 'neo4j' });
    const prepared = await prepareDatabase({ driver, database: 'neo4j', allowForeignWrite: false, samplesDir: SAMPLES });
    expect(prepared).toMatchObject({ writable: false, ownership: { ownership: 'foreign', foreignSchema: ['account_id'] } });
    const { records } = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN collect(name) AS names", {}, { database: 'neo4j' });
    expect(records[0]!.get('names')).toEqual(['account_id']);
    expect(await markers(driver)).toBe(0);
    await wipeDatabase(driver);
  });
});
