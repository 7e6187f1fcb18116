/**
 * One file per format through the whole pipeline into a real Neo4j: every reader's documents are
 * extracted and stored with their metadata, and a scanned PDF is reported without stopping the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../ingest/load/index.ts';
import { runIngest } from '../../ingest/pipeline.ts';
import { makeDocx, makePdf } from '../../ingest/read/formats/fixture-files.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';

describe('ingesting every format', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
    await applySchema(driver);
    dir = mkdtempSync(join(tmpdir(), 'ingest-formats-'));
    writeFileSync(join(dir, 'wire.txt'), 'The United States imposed sanctions on Russia on Friday.');
    writeFileSync(join(dir, 'note.md'), '# Border talks\n\nIndia and China held talks on their border dispute in Beijing.');
    writeFileSync(
      join(dir, 'page.html'),
      `<html><head><meta property="article:published_time" content="2024-05-07"><meta name="author" content="Ana Example"></head><body><nav>Home · World</nav><article><h1>Aid pledged</h1>${'<p>Japan provided $5 million in aid to the Philippines after the typhoon, the ministry said on Tuesday.</p>'.repeat(4)}</article></body></html>`,
    );
    writeFileSync(join(dir, 'feed.jsonl'), JSON.stringify({ id: 'j1', text: 'Chile and Peru signed a copper export agreement in Lima.', publishedAt: '2024-05-01' }));
    writeFileSync(join(dir, 'report.pdf'), makePdf(['The President of France, Emmanuel Macron, met German Chancellor Olaf Scholz in Berlin.'], { title: 'Berlin meeting' }));
    writeFileSync(join(dir, 'scan.pdf'), makePdf([]));
    writeFileSync(join(dir, 'memo.docx'), makeDocx(['Embassy memo', 'Kenya and Uganda signed a trade agreement in Nairobi.']));
    writeFileSync(
      join(dir, 'news.rss'),
      '<rss version="2.0"><channel><title>Wire</title><item><guid>r1</guid><title>Talks in Doha</title><link>https://wire.example/r1</link><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate><description>Qatar hosted talks between Israel and Hamas in Doha.</description></item></channel></rss>',
    );
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase(driver);
  });

  it('stores one document per article of each format, with metadata, and reports the scanned PDF', async () => {
    const report = await runIngest({ paths: [dir], driver });
    expect(report.failures).toEqual([{ path: join(dir, 'scan.pdf'), message: expect.stringMatching(/no text layer/) }]);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document) RETURN d.title AS title, d.publishedAt AS at, d.byline AS byline, d.url AS url, COUNT { (d)-[:MENTIONS]->() } AS mentions ORDER BY title',
    );
    const docs = records.map((r) => ({ ...(r.toObject() as Record<string, unknown>), title: r.get('title') as string, mentions: Number(r.get('mentions')) }));
    expect(docs.map((d) => d.title)).toEqual([
      'Aid pledged',
      'Berlin meeting',
      'Border talks',
      'Chile and Peru signed a copper export agreement in Lima.',
      'Embassy memo',
      'Talks in Doha',
      'The United States imposed sanctions on Russia on Friday.',
    ]);
    expect(docs.every((d) => d.mentions >= 2)).toBe(true);
    expect(docs.find((d) => d.title === 'Aid pledged')).toMatchObject({ at: '2024-05-07', byline: 'Ana Example' });
    expect(docs.find((d) => d.title === 'Talks in Doha')).toMatchObject({ at: '2024-05-07T09:30:00.000Z', url: 'https://wire.example/r1' });
  });
});
