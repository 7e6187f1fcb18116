/**
 * A JSONL file larger than a chunk, on a real Neo4j: it is read in parts and spans chunks, and the
 * graph is the one of reading it in one chunk; lines removed from it, in its first chunk as in its
 * last, take their documents away on the next run, and nothing else; while the file has a bad line,
 * nothing of it is removed.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { writeCorpusFiles } from '../../bench/corpus/write-corpus.ts';
import { runIngest } from '../../ingest/pipeline.ts';
import { NO_DEFECTS, graphDefects, graphSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

const ARTICLES = 240;
const CHUNK = 60;

describe('a JSONL file spanning chunks', () => {
  let driver: Driver;
  let dir: string;
  let file: string;
  let lines: string[];
  let whole: GraphSnapshot;
  const ingest = (chunkSize: number) => runIngest({ paths: [file], driver, chunkSize, workers: 1 });
  const storedIds = async () => (await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
  const idsOf = (ls: string[]) => ls.map((l) => JSON.parse(l).id as string).sort();

  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    dir = mkdtempSync(join(tmpdir(), 'ingest-streamed-'));
    file = writeCorpusFiles(dir, { articles: ARTICLES, perFile: ARTICLES, words: 80, seed: 11 })[0]!;
    lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    await resetDatabase(driver);
    const report = await ingest(10_000);
    expect(report.chunks).toBe(1);
    whole = await graphSnapshot(driver);
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase(driver);
  });

  it('builds the graph of reading it in one chunk', async () => {
    await resetDatabase(driver);
    const report = await ingest(CHUNK);
    expect(report.chunks).toBe(ARTICLES / CHUNK);
    expect(report.failures).toEqual([]);
    expect(report.load!.documentsWritten).toBe(ARTICLES);
    expect(await graphSnapshot(driver)).toEqual(whole);
  }, 120_000);

  it('removes the documents of lines taken out of its first and last chunks, and only those', async () => {
    const kept = lines.filter((_, i) => !(i >= 5 && i < 10) && !(i >= 200 && i < 205));
    writeFileSync(file, kept.join('\n') + '\n');
    const report = await ingest(CHUNK);
    expect(report.failures).toEqual([]);
    expect(report.load!.documentsRemoved).toBe(10);
    expect(await storedIds()).toEqual(idsOf(kept));
    expect(await graphDefects(driver)).toEqual(NO_DEFECTS);
    const edited = await graphSnapshot(driver);
    await resetDatabase(driver);
    await ingest(CHUNK);
    expect(edited).toEqual(await graphSnapshot(driver));
  }, 180_000);

  it('removes nothing of it while it has a bad line, and reports the line', async () => {
    await resetDatabase(driver);
    writeFileSync(file, lines.join('\n') + '\n');
    await ingest(CHUNK);
    const shorter = lines.filter((_, i) => i % 10 !== 3);
    shorter.splice(150, 0, '{not json');
    writeFileSync(file, shorter.join('\n') + '\n');
    const report = await ingest(CHUNK);
    expect(report.failures).toEqual([{ path: `${file}:151`, message: expect.stringMatching(/^malformed JSON/) }]);
    expect(report.load!.documentsRemoved).toBe(0);
    expect(await storedIds()).toEqual(idsOf(lines));
  }, 180_000);
});
