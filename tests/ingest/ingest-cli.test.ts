/**
 * The ingest command as a user runs it, against a real Neo4j: bad files get a clear per-file error,
 * the good ones load, nothing is half-written, and running it again changes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { countGraph } from '../../ingest/load/index.ts';
import { getTestNeo4j, resetDatabase, type TestNeo4j } from '../support/neo4j.ts';

const run = promisify(execFile);

async function ingest(neo4j: TestNeo4j, args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run('npx', ['tsx', 'ingest/cli.ts', '--no-progress', ...args], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

describe('npm run ingest', () => {
  let neo4j: TestNeo4j;
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    neo4j = await getTestNeo4j();
    driver = neo4j.driver;
    await resetDatabase(driver);
    dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
    writeFileSync(join(dir, 'good.txt'), 'The President of France, Emmanuel Macron, met German Chancellor Olaf Scholz in Berlin on Monday.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Paris was closed by France.', 'latin1'));
    writeFileSync(
      join(dir, 'feed.jsonl'),
      [
        JSON.stringify({ id: 'wire-1', title: 'Aid', text: 'Japan provided $5 million in aid to the Philippines after the typhoon.' }),
        '{"id": "wire-2", "text": ',
        JSON.stringify({ id: 'wire-3', title: 'No text' }),
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the good files, reports each bad one, and exits non-zero', async () => {
    const { code, stderr } = await ingest(neo4j, [dir, join(dir, 'missing-folder')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty\.txt: .*empty/i);
    expect(stderr).toMatch(/binary\.txt: .*binary/i);
    expect(stderr).toMatch(/latin1\.txt: .*UTF-8/i);
    expect(stderr).toMatch(/feed\.jsonl:2: malformed JSON/);
    expect(stderr).toMatch(/feed\.jsonl:3: .*"text" or "body"/);
    expect(stderr).toMatch(/missing-folder: .*ENOENT/);
    expect(stderr).toMatch(/failures:\s+6/);
    const counts = await countGraph(driver);
    expect(counts.documents).toBe(2);
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.name CONTAINS 'Japan' AND b.name CONTAINS 'Philippines'
       RETURN type(r) AS type, r.amount AS amount`,
    );
    expect(records.map((r) => r.get('type'))).toContain('PROVIDED_AID_TO');
  });

  it('changes nothing when the same input is ingested again', async () => {
    const before = await countGraph(driver);
    const { stderr } = await ingest(neo4j, [join(dir, 'good.txt'), join(dir, 'feed.jsonl')]);
    expect(stderr).toMatch(/0 documents written \(0 replaced\), 2 unchanged/);
    expect(await countGraph(driver)).toEqual(before);
  });

  it('writes the extraction result with --dry-run --out and leaves the database alone', async () => {
    await resetDatabase(driver);
    const out = join(dir, 'result.json');
    const { code } = await ingest(neo4j, ['--dry-run', '--out', out, join(dir, 'good.txt')]);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.documents).toHaveLength(1);
    expect(result.entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['France', 'Emmanuel Macron']));
    expect((await countGraph(driver)).documents).toBe(0);
  });

  it('dates plain text by --published-at ("yesterday" is the day before) and refuses a date that is not ISO', async () => {
    const file = join(dir, 'undated.txt');
    writeFileSync(file, 'Chile sanctioned Peru yesterday over the fishing dispute.\n');
    const out = join(dir, 'dated.json');
    const { code } = await ingest(neo4j, ['--dry-run', '--published-at', '2025-03-05', '--out', out, file]);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.documents[0].publishedAt).toBe('2025-03-05');
    expect(result.relations).toContainEqual(expect.objectContaining({ type: 'SANCTIONED', date: '2025-03-04', dateText: 'yesterday' }));

    const bad = await ingest(neo4j, ['--dry-run', '--published-at', '05/03/2025', file]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--published-at .*'05\/03\/2025' is invalid.*ISO 8601 date such as 2025-01-20/);
  });

  it('says how to start Neo4j when it cannot be reached', async () => {
    const { code, stderr } = await ingest({ ...neo4j, uri: 'bolt://127.0.0.1:1' }, [join(dir, 'good.txt')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot reach Neo4j.*npm run db:start/s);
  });
});
