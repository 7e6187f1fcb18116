/**
 * A file is the unit of replacement, on a real Neo4j: editing an article's first line or inserting
 * an article at the top of a file leaves exactly the new file's documents, with no evidence counted
 * twice; JSONL metadata is checked line by line; evidence offsets are integers in code points, the
 * unit of Cypher's `substring`, also after an emoji.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { applySchema, countGraph, type GraphCounts } from '../../ingest/load/index.ts';
import { runIngest } from '../../ingest/pipeline.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

const MACRON = 'The President of France, Emmanuel Macron, met German Chancellor Olaf Scholz in Berlin on Monday. They discussed energy prices.';
const AID = 'AID PLEDGE: Japan pledges typhoon relief to Manila, officials said Japan provided $5 million in aid to the Philippines after the typhoon.';
const SANCTIONS = 'NEW SANCTIONS: Washington targets Moscow over the war, the Treasury said The United States imposed sanctions on Russia on Friday.';
const TALKS = 'BORDER TALKS: Delhi and Beijing return to the table, diplomats said India and China held talks on their border dispute in Beijing.';

describe('ingest identity: the file is the unit of replacement', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    dir = mkdtempSync(join(tmpdir(), 'ingest-identity-'));
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await applySchema(driver);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase(driver);
  });

  const ingest = (path: string) => runIngest({ paths: [path], driver });

  /** What a fresh database holds after ingesting only `content` into a file of that name. */
  async function freshCounts(name: string, content: string): Promise<GraphCounts> {
    await resetDatabase(driver);
    await applySchema(driver);
    const file = join(dir, name);
    writeFileSync(file, content);
    await ingest(file);
    return countGraph(driver);
  }

  /** Evidence nodes against the evidence counts facts carry: equal unless something is counted twice. */
  async function evidenceBalance(): Promise<{ nodes: number; counted: number }> {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (v:Evidence) RETURN count(v) AS nodes }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.evidenceCount) AS counted }
       RETURN nodes, counted`,
    );
    return { nodes: Number(records[0]!.get('nodes')), counted: Number(records[0]!.get('counted')) };
  }

  async function storedTitles(): Promise<string[]> {
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.title AS title ORDER BY title');
    return records.map((r) => r.get('title') as string);
  }

  it('editing the first line of an article replaces its document instead of adding one', async () => {
    const edited = MACRON.replace('on Monday', 'on Tuesday');
    const expected = await freshCounts('edit.txt', edited);
    await resetDatabase(driver);
    await applySchema(driver);
    const file = join(dir, 'edit.txt');
    writeFileSync(file, MACRON);
    await ingest(file);
    writeFileSync(file, edited);
    const report = await ingest(file);
    expect(report.load?.documentsRemoved).toBe(1);
    expect(await countGraph(driver)).toEqual(expected);
    expect(expected.facts).toBeGreaterThan(0);
    expect(await storedTitles()).toEqual(['The President of France, Emmanuel Macron, met German Chancellor Olaf Scholz in Berlin on Tuesday.']);
    const balance = await evidenceBalance();
    expect(balance.counted).toBe(balance.nodes);
  });

  it('inserting an article at the top of a multi-article file gives exactly the new file’s documents', async () => {
    const before = [AID, SANCTIONS].join('\n');
    const inserted = [TALKS, AID, SANCTIONS].join('\n');
    const expected = await freshCounts('multi.txt', inserted);
    expect(expected.documents).toBe(3);
    await resetDatabase(driver);
    await applySchema(driver);
    const file = join(dir, 'multi.txt');
    writeFileSync(file, before);
    expect((await ingest(file)).load?.documentsWritten).toBe(2);
    writeFileSync(file, inserted);
    const report = await ingest(file);
    expect(await countGraph(driver)).toEqual(expected);
    expect(report.load!.documentsWritten + report.load!.documentsUnchanged).toBe(3);
    const balance = await evidenceBalance();
    expect(balance.counted).toBe(balance.nodes);
    // Ingesting the same file again changes nothing.
    const again = await ingest(file);
    expect(again.load).toMatchObject({ documentsWritten: 0, documentsRemoved: 0, documentsUnchanged: 3 });
    expect(await countGraph(driver)).toEqual(expected);
  });

  it('removing an article from a file removes its document, evidence and the facts only it supported', async () => {
    const file = join(dir, 'shrink.txt');
    writeFileSync(file, [MACRON, AID].join('\n'));
    await ingest(file);
    const aidFacts = async () =>
      Number((await driver.executeQuery("MATCH (:Country {name: 'Japan'})-[r:PROVIDED_AID_TO]->() RETURN count(r) AS n")).records[0]!.get('n'));
    expect(await aidFacts()).toBe(1);
    writeFileSync(file, MACRON);
    const report = await ingest(file);
    expect(report.load?.documentsRemoved).toBe(1);
    expect(await aidFacts()).toBe(0);
    expect((await countGraph(driver)).documents).toBe(1);
    const orphans = await driver.executeQuery('MATCH (v:Evidence) WHERE NOT (v)-[:FROM_DOCUMENT]->(:Document) RETURN count(v) AS n');
    expect(Number(orphans.records[0]!.get('n'))).toBe(0);
  });

  it('leaves the documents of a file with a bad line alone, and never touches other files', async () => {
    const feed = join(dir, 'feed.jsonl');
    const other = join(dir, 'other.txt');
    writeFileSync(other, MACRON);
    writeFileSync(feed, [JSON.stringify({ id: 'w1', text: AID }), JSON.stringify({ id: 'w2', text: SANCTIONS })].join('\n'));
    await ingest(feed);
    await ingest(other);
    writeFileSync(feed, [JSON.stringify({ id: 'w1', text: AID }), '{"id": "w2", "text": '].join('\n'));
    const broken = await ingest(feed);
    expect(broken.failures.map((f) => f.path)).toEqual([`${feed}:2`]);
    expect(broken.load?.documentsRemoved).toBe(0);
    expect((await countGraph(driver)).documents).toBe(3);
    writeFileSync(feed, JSON.stringify({ id: 'w1', text: AID }));
    expect((await ingest(feed)).load?.documentsRemoved).toBe(1);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id, d.sourceKey AS key ORDER BY id');
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.get('id'))[1]).toBe('w1');
    expect(records.map((r) => r.get('key'))).toEqual([other, feed]);
  });

  it('a document moved to another file belongs to that file', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, [JSON.stringify({ id: 'm1', text: AID }), JSON.stringify({ id: 'm2', text: MACRON })].join('\n'));
    await ingest(a);
    writeFileSync(b, JSON.stringify({ id: 'm1', text: AID }));
    await ingest(b);
    writeFileSync(a, JSON.stringify({ id: 'm2', text: MACRON }));
    await ingest(a);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
    expect(records.map((r) => r.get('id'))).toEqual(['m1', 'm2']);
  });

  it('reports bad publishedAt, a javascript: url and a duplicate id per line, and loads the rest', async () => {
    const feed = join(dir, 'checked.jsonl');
    writeFileSync(
      feed,
      [
        JSON.stringify({ id: 'ok', text: AID, url: 'https://news.example/aid', publishedAt: '2024-05-01T09:30:00Z' }),
        JSON.stringify({ id: 'bad-date', text: MACRON, publishedAt: 'last Tuesday' }),
        JSON.stringify({ id: 'bad-day', text: MACRON, publishedAt: '2024-02-30' }),
        JSON.stringify({ id: 'script', text: MACRON, url: 'javascript:alert(1)' }),
        JSON.stringify({ id: 'ok', text: SANCTIONS }),
      ].join('\n'),
    );
    const report = await ingest(feed);
    const byLine = Object.fromEntries(report.failures.map((f) => [f.path.split(':').pop(), f.message]));
    expect(byLine['2']).toMatch(/publishedAt.*ISO 8601/);
    expect(byLine['3']).toMatch(/publishedAt.*ISO 8601/);
    expect(byLine['4']).toMatch(/url.*http or https/);
    expect(byLine['5']).toMatch(/duplicate id "ok" \(first on line 1\)/);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id, d.url AS url, d.publishedAt AS at, d.text AS text');
    expect(records.map((r) => r.toObject())).toEqual([{ id: 'ok', url: 'https://news.example/aid', at: '2024-05-01T09:30:00Z', text: AID }]);
  });

  it('stores evidence offsets as integers in code points, which Cypher substring agrees with after emoji', async () => {
    const file = join(dir, 'emoji.txt');
    const prefix = '🎉🎉 Big day 👍🏽. ';
    writeFileSync(file, `${prefix}${MACRON}\n`);
    await ingest(file);
    const { records } = await driver.executeQuery(
      `MATCH (v:Evidence)-[:FROM_DOCUMENT]->(d:Document)
       RETURN v.text AS text, substring(d.text, v.start, v.end - v.start) AS cut,
              valueType(v.start) AS startType, valueType(v.end) AS endType, v.start AS start`,
    );
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.get('cut')).toBe(r.get('text'));
      expect(r.get('startType')).toBe('INTEGER NOT NULL');
      expect(r.get('endType')).toBe('INTEGER NOT NULL');
    }
    // Three emoji and a skin-tone modifier (4 code points, 8 UTF-16 units) come before the sentence.
    expect(Array.from(prefix).length).toBe(prefix.length - 4);
    expect(records.some((r) => Number(r.get('start')) === Array.from(prefix).length)).toBe(true);
  });
});
