/**
 * A large run stopped with Ctrl-C and started again, on a real Neo4j: the first run stops after the
 * transaction it is in (whole batches only, exit code 130), the second skips the documents already
 * stored, writes the others, and ends with the graph an uninterrupted run builds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { writeCorpusFiles } from '../../bench/corpus/write-corpus.ts';
import { countGraph, type GraphCounts } from '../../ingest/load/index.ts';
import { getTestNeo4j, resetDatabase, type TestNeo4j } from '../support/neo4j.ts';

const ARTICLES = 600;
const BATCH = 25;
const ARGS = ['--no-progress', '--chunk-size', '100', '--batch-size', String(BATCH)];

interface Run {
  code: number | null;
  stderr: string;
}

/** Starts the ingest command as a user does (one process, so a signal reaches it). */
function startIngest(neo4j: TestNeo4j, dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...ARGS, dir], {
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { child, done };
}

describe('an interrupted ingest', () => {
  let neo4j: TestNeo4j;
  let driver: Driver;
  let dir: string;
  let uninterrupted: GraphCounts;
  beforeAll(async () => {
    neo4j = await getTestNeo4j();
    driver = neo4j.driver;
    dir = mkdtempSync(join(tmpdir(), 'ingest-interrupt-'));
    writeCorpusFiles(dir, { articles: ARTICLES, perFile: 50, words: 150, seed: 3 });
    await resetDatabase(driver);
    const run = await startIngest(neo4j, dir).done;
    expect(run.stderr).toMatch(new RegExp(`${ARTICLES} documents written`));
    expect(run.code).toBe(0);
    uninterrupted = await countGraph(driver);
    await resetDatabase(driver);
  }, 300_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase(driver);
  });

  let stored = 0;
  it('stops on SIGINT after the transaction in flight, keeping whole batches', async () => {
    const { child, done } = startIngest(neo4j, dir);
    let exited = false;
    void done.then(() => (exited = true));
    // Interrupt once some documents are stored, well before the end.
    while (!exited && (await countGraph(driver)).documents === 0) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/interrupted: +stopped after the transaction in flight/);
    stored = (await countGraph(driver)).documents;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(ARTICLES);
    expect(stored % BATCH).toBe(0);
    // Nothing half-written: every stored document has its mentions, and every evidence its document.
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (d:Document) WHERE NOT (d)-[:MENTIONS]->() RETURN count(d) AS bare }
       CALL () { MATCH (v:Evidence) WHERE NOT (v)-[:FROM_DOCUMENT]->() RETURN count(v) AS orphans }
       RETURN bare, orphans`,
    );
    expect(Number(records[0]!.get('bare'))).toBe(0);
    expect(Number(records[0]!.get('orphans'))).toBe(0);
  }, 300_000);

  it('goes on when run again: skips what is stored, writes the rest, and builds the same graph', async () => {
    const run = await startIngest(neo4j, dir).done;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`skipped:       ${stored} documents already stored`);
    expect(run.stderr).toContain(`${ARTICLES - stored} documents written`);
    expect(await countGraph(driver)).toEqual(uninterrupted);
  }, 300_000);
});
