/**
 * Neo4j stopping and coming back: on a separate local runtime (so the shared test database is never
 * stopped), the API answers 503 while the database is down and recovers without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j-runtime/local-neo4j.ts';
import { createServerDriver } from '../../server/index.ts';
import { startTestApi, type TestApi } from './api-client.ts';

describe('Neo4j outage', () => {
  let dataDir: string;
  let port: number;
  let db: LocalNeo4j | undefined;
  let driver: Driver;
  let api: TestApi;
  const start = () => startLocalNeo4j({ port, dataDir, heap: '512m', pagecache: '32m' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
    port = await findFreePort();
    db = await start();
    driver = createServerDriver({ uri: db.uri });
    await driver.executeQuery("CREATE (:Probe {name: 'still here'})", {}, { database: 'neo4j' });
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api?.close();
    await driver?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 while Neo4j is down and recovers when it returns, without a restart', { timeout: 240_000 }, async () => {
    expect((await api.get('/api/health')).body).toMatchObject({ status: 'ok', neo4j: { connected: true } });

    await db!.stop();
    db = undefined;
    const down = await api.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'unavailable', neo4j: { connected: false } });
    const query = await api.get('/api/search?q=still');
    expect(query.status).toBe(503);
    expect(query.body).toEqual({ error: { code: 'NEO4J_UNAVAILABLE', message: expect.any(String) } });

    db = await start();
    let health = await api.get('/api/health');
    for (let attempt = 0; attempt < 60 && health.status !== 200; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      health = await api.get('/api/health');
    }
    expect(health.body).toMatchObject({ status: 'ok', neo4j: { connected: true } });
    const search = await api.get('/api/search?q=still');
    expect(search.status).toBe(200);
    expect(search.body.results[0].name).toBe('still here');
  });
});
