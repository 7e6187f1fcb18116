/**
 * Crash consistency: an ingest whose process is killed (SIGKILL) in the middle of loading, or whose
 * Neo4j is killed under it, leaves whole batches only, and running the same ingest again ends with
 * the graph an uninterrupted run leaves (same nodes, relationships and properties; nothing twice;
 * no evidence without its document).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { createNeo4jDriver } from '../../config/neo4j-driver.ts';
import { applySchema, countGraph } from '../../ingest/load/index.ts';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j-runtime/local-neo4j.ts';
import { NO_DEFECTS, graphDefects, graphSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';
import { getTestNeo4j, resetDatabase, type TestNeo4j } from '../support/neo4j.ts';

const ARTICLES = 240;
const FILES = 6;

interface Target {
  uri: string;
  user: string;
  password: string;
}

/** `npm run ingest` as one process (no npx or tsx wrapper between), so its pid is the loader's. */
function startIngest(target: Target, dir: string): { child: ChildProcess; exit: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', '--no-progress', '--batch-size', '5', dir], {
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exit = new Promise<number>((ok) => child.on('exit', (code, signal) => ok(code ?? (signal ? 128 : -1))));
  exit.then((code) => code !== 0 && code !== 128 && console.log(`ingest exited ${code}:\n${stderr.slice(-2000)}`));
  return { child, exit };
}

async function ingestToEnd(target: Target, dir: string): Promise<void> {
  expect(await startIngest(target, dir).exit).toBe(0);
}

/** Resolves once the database holds some but not all documents (the loader is midway). */
async function midway(driver: Driver, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { documents } = await countGraph(driver);
    if (documents >= ARTICLES / 10 && documents < ARTICLES) return documents;
    if (documents >= ARTICLES) throw new Error('the ingest finished before it could be interrupted');
    await new Promise((ok) => setTimeout(ok, 40));
  }
  throw new Error('the ingest never started writing');
}

describe('an ingest interrupted by SIGKILL', () => {
  let db: TestNeo4j;
  let dir: string;
  let uninterrupted: GraphSnapshot;

  beforeAll(async () => {
    db = await getTestNeo4j();
    dir = mkdtempSync(join(tmpdir(), 'crash-ingest-'));
    const { documents } = generateCorpus({ seed: 23, articles: ARTICLES, words: 200 });
    mkdirSync(join(dir, 'news'));
    for (let f = 0; f < FILES; f++) {
      const lines = documents.filter((_, i) => i % FILES === f).map((d) => JSON.stringify({ id: d.id, title: d.title, text: d.text }));
      writeFileSync(join(dir, 'news', `wire-${f}.jsonl`), lines.join('\n') + '\n');
    }
    await resetDatabase(db.driver);
    await ingestToEnd(db, join(dir, 'news'));
    uninterrupted = await graphSnapshot(db.driver);
    expect(uninterrupted.documents).toHaveLength(ARTICLES);
  }, 300_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase(db.driver);
  });

  it('converges to the uninterrupted graph when the ingest process is killed midway and run again', async () => {
    await resetDatabase(db.driver);
    const run = startIngest(db, join(dir, 'news'));
    const seen = await midway(db.driver);
    run.child.kill('SIGKILL');
    expect(await run.exit).toBe(128);
    const left = await countGraph(db.driver);
    expect(left.documents).toBeGreaterThanOrEqual(seen);
    expect(left.documents).toBeLessThan(ARTICLES);
    // Whole batches only: nothing twice, no evidence without its document or fact, counts exact.
    expect(await graphDefects(db.driver)).toEqual(NO_DEFECTS);
    await ingestToEnd(db, join(dir, 'news'));
    expect(await graphDefects(db.driver)).toEqual(NO_DEFECTS);
    expect(await graphSnapshot(db.driver)).toEqual(uninterrupted);
  }, 240_000);

  it('converges to the uninterrupted graph when Neo4j is killed midway, restarted and the ingest run again', async () => {
    // A Neo4j of this test's own, on its own data folder: the run's shared one must survive.
    const dataDir = mkdtempSync(join(tmpdir(), 'crash-neo4j-'));
    const port = await findFreePort();
    const start = () => startLocalNeo4j({ port, dataDir, password: '', heap: '512m', pagecache: '128m' });
    let neo4j: LocalNeo4j | undefined = await start();
    let driver = createNeo4jDriver(neo4j);
    try {
      await applySchema(driver);
      const run = startIngest(neo4j, join(dir, 'news'));
      await midway(driver);
      await driver.close();
      process.kill(neo4j.pid, 'SIGKILL');
      neo4j = undefined;
      // The ingest fails once its retries give up (or is stopped here if it waits longer).
      const stopper = setTimeout(() => run.child.kill('SIGKILL'), 90_000);
      expect(await run.exit).not.toBe(0);
      clearTimeout(stopper);
      neo4j = await start();
      driver = createNeo4jDriver(neo4j);
      const left = await countGraph(driver);
      expect(left.documents).toBeLessThan(ARTICLES);
      expect(await graphDefects(driver)).toEqual(NO_DEFECTS);
      await ingestToEnd(neo4j, join(dir, 'news'));
      expect(await graphDefects(driver)).toEqual(NO_DEFECTS);
      expect(await graphSnapshot(driver)).toEqual(uninterrupted);
    } finally {
      await driver.close().catch(() => {});
      await neo4j?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 900_000); // two Neo4j starts, which take minutes on a crowded machine
});
