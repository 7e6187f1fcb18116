/**
 * Pages and feeds fetched over HTTP from a local server started by the test (127.0.0.1), loaded into
 * a real Neo4j: loopback refused without --allow-private-hosts, redirects, size cap, deadline and
 * content type bounded, and --watch ingesting only what is new or changed, with a line per cycle.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { fetchUrl } from '../../ingest/fetch/fetch-url.ts';
import { applySchema, countGraph } from '../../ingest/load/index.ts';
import { runIngest } from '../../ingest/pipeline.ts';
import { watch } from '../../ingest/watch.ts';
import { getTestNeo4j, resetDatabase, type TestNeo4j } from '../support/neo4j.ts';

const run = promisify(execFile);

const PAGE = `<!doctype html><html><head><title>Aid pledged | Example Wire</title>
<meta property="og:title" content="Japan pledges typhoon aid to the Philippines">
<meta property="article:published_time" content="2024-05-07T09:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav>
<article><h1>Japan pledges typhoon aid to the Philippines</h1>
<p>Japan provided $5 million in aid to the Philippines after the typhoon, the foreign ministry in Tokyo said on Tuesday.</p>
<p>The money will pay for shelter, clean water and medicine in the provinces hit hardest by the storm last week.</p>
<p>Officials in Manila thanked Tokyo and said more help was expected from other governments in the region.</p>
</article><footer>Subscribe to our newsletter · Privacy</footer></body></html>`;

function rss(items: { guid: string; title: string; text: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example Wire</title><link>http://wire.test/</link>
${items.map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>https://wire.example/${i.guid}</link><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate><description>${i.text}</description></item>`).join('\n')}
</channel></rss>`;
}

const ITEM_1 = { guid: 'w1', title: 'Sanctions on Russia', text: 'The United States imposed sanctions on Russia on Friday.' };
const ITEM_2 = { guid: 'w2', title: 'Border talks', text: 'India and China held talks on their border dispute in Beijing.' };
const ITEM_3 = { guid: 'w3', title: 'Copper deal', text: 'Chile and Peru signed a copper export agreement in Lima.' };

describe('ingesting URLs and watching sources', () => {
  let neo4j: TestNeo4j;
  let driver: Driver;
  let server: Server;
  let base: string;
  let dir: string;
  let feedItems = [ITEM_1, ITEM_2];
  const hits: Record<string, number> = {};
  let notModified = 0;

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/page.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/feed.rss': (req, res) => {
      const body = rss(feedItems);
      const etag = `"${feedItems.map((i) => i.guid).join('-')}"`;
      if (req.headers['if-none-match'] === etag) {
        notModified++;
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Tue, 07 May 2024 09:30:00 GMT' }).end(body);
    },
    '/image.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/big.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 50; i++) res.write('x'.repeat(1000));
      res.end();
    },
    '/slow.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('Some text arrives, the rest never does.');
      setTimeout(() => res.end(), 5000).unref();
    },
  };

  beforeAll(async () => {
    neo4j = await getTestNeo4j();
    driver = neo4j.driver;
    dir = mkdtempSync(join(tmpdir(), 'ingest-urls-'));
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      hits[path] = (hits[path] ?? 0) + 1;
      const redirect = /^\/hop\/(\d+)$/.exec(path);
      if (redirect) {
        const n = Number(redirect[1]);
        res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/page.html' }).end();
        return;
      }
      const route = routes[path];
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await applySchema(driver);
    for (const k of Object.keys(hits)) delete hits[k];
  });
  afterAll(async () => {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
    await resetDatabase(driver);
  });

  const ingest = (paths: string[], extra: Partial<Parameters<typeof runIngest>[0]> = {}) =>
    runIngest({ paths, driver, allowPrivateHosts: true, fetchTimeoutMs: 5000, ...extra });

  it('refuses a loopback URL without --allow-private-hosts, before any request is sent', async () => {
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    const failed = await run('npx', ['tsx', 'ingest/cli.ts', '--no-progress', `${base}/page.html`], { env }).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/127\.0\.0\.1.*private, loopback or link-local.*--allow-private-hosts/);
    expect(hits['/page.html']).toBeUndefined();
    await expect(fetchUrl(`http://localhost:${new URL(base).port}/page.html`)).rejects.toThrow(/loopback/);
    await expect(fetchUrl('http://[::1]:1/x')).rejects.toThrow(/loopback/);
    await expect(fetchUrl('file:///etc/passwd')).rejects.toThrow(/only http and https/);
    expect((await countGraph(driver)).documents).toBe(0);

    const { stderr } = await run('npx', ['tsx', 'ingest/cli.ts', '--no-progress', '--allow-private-hosts', `${base}/page.html`], { env });
    expect(stderr).toMatch(/1 documents written/);
    expect(hits['/page.html']).toBe(1);
  });

  it('ingests a page: the article only, with its title, date and the URL it came from', async () => {
    const report = await ingest([`${base}/page.html`]);
    expect(report.failures).toEqual([]);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.title AS title, d.url AS url, d.publishedAt AS at, d.text AS text, d.sourceKey AS key');
    expect(records).toHaveLength(1);
    const d = records[0]!.toObject();
    expect(d).toMatchObject({ title: 'Japan pledges typhoon aid to the Philippines', url: `${base}/page.html`, at: '2024-05-07T09:30:00Z', key: `${base}/page.html` });
    expect(d.text).toContain('Japan provided $5 million in aid to the Philippines');
    expect(d.text).not.toMatch(/Markets|newsletter/);
    const aid = await driver.executeQuery("MATCH (:Country {name: 'Japan'})-[r:PROVIDED_AID_TO]->(:Country {name: 'Philippines'}) RETURN count(r) AS n");
    expect(Number(aid.records[0]!.get('n'))).toBe(1);
  });

  it('follows a few redirects and refuses too many', async () => {
    expect((await ingest([`${base}/hop/3`])).failures).toEqual([]);
    const r = await ingest([`${base}/hop/9`]);
    expect(r.failures.map((f) => f.message)).toEqual([expect.stringMatching(/too many redirects \(more than 5\)/)]);
    expect(hits['/hop/3']).toBe(1); // the first chain only: the second gave up at /hop/4
    expect(hits['/hop/4']).toBe(1);
  });

  it('checks the address of every redirect hop, not only the first', async () => {
    // A policy that allows 127.0.0.1 but refuses 127.0.0.2 stands in for a public host redirecting to a private one.
    const refuseAddress = (address: string) => address !== '127.0.0.1';
    routes['/to-other'] = (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${new URL(base).port}/page.html` }).end();
    await expect(fetchUrl(`${base}/to-other`, { refuseAddress })).rejects.toThrow(/127\.0\.0\.2 resolves to a private.*refused/);
    expect(hits['/to-other']).toBe(1);
    expect(hits['/page.html']).toBeUndefined();
    expect((await fetchUrl(`${base}/hop/2`, { refuseAddress })).status).toBe('fetched');
  });

  it('bounds size, time and content type, each as a per-URL failure', async () => {
    const started = Date.now();
    const r = await ingest([`${base}/big.txt`, `${base}/slow.txt`, `${base}/image.png`, `${base}/missing`], { maxBytes: 10_000, fetchTimeoutMs: 800 });
    expect(Date.now() - started).toBeLessThan(4000);
    const byUrl = Object.fromEntries(r.failures.map((f) => [f.path.replace(base, ''), f.message]));
    expect(byUrl['/big.txt']).toMatch(/too large/);
    expect(byUrl['/slow.txt']).toMatch(/timed out/);
    expect(byUrl['/image.png']).toMatch(/unsupported content type "image\/png"/);
    expect(byUrl['/missing']).toMatch(/HTTP 404/);
    expect((await countGraph(driver)).documents).toBe(0);
  });

  it('--watch ingests only what is new or changed, remembering files and feed validators in the database', async () => {
    feedItems = [ITEM_1, ITEM_2];
    const folder = join(dir, 'watched');
    rmSync(folder, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    writeFileSync(join(folder, 'a.txt'), 'The President of France, Emmanuel Macron, met German Chancellor Olaf Scholz in Berlin on Monday.');
    const lines: string[] = [];
    const cycle = () => watch({ paths: [folder, `${base}/feed.rss`], driver, allowPrivateHosts: true, intervalMs: 1, cycles: 1, log: (l) => lines.push(l) });

    await cycle();
    expect(lines.at(-1)).toMatch(/cycle 1: 2 sources checked, 0 unchanged, 3 documents extracted, 3 written, 0 removed, 0 failures/);
    await cycle();
    expect(lines.at(-1)).toMatch(/cycle 1: 2 sources checked, 2 unchanged, 0 documents extracted, 0 written/);
    expect(notModified).toBe(1);

    feedItems = [ITEM_2, ITEM_3]; // one new item; ITEM_1 left the feed and keeps its document
    writeFileSync(join(folder, 'b.txt'), 'Japan provided $5 million in aid to the Philippines after the typhoon.');
    await cycle();
    expect(lines.at(-1)).toMatch(/cycle 1: 3 sources checked, 1 unchanged, 2 documents extracted, 2 written, 0 removed, 0 failures/);
    expect((await countGraph(driver)).documents).toBe(5);
    const remembered = await driver.executeQuery('MATCH (s:IngestSource) RETURN s.key AS key, s.etag AS etag ORDER BY key');
    expect(remembered.records.map((r) => r.get('key'))).toEqual([join(folder, 'a.txt'), join(folder, 'b.txt'), `${base}/feed.rss`]);
    expect(remembered.records[2]!.get('etag')).toBe('"w2-w3"');
  });

  it('npm run ingest -- --watch prints one line per cycle and stops after --cycles', async () => {
    feedItems = [ITEM_1];
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    const { stderr } = await run('npx', ['tsx', 'ingest/cli.ts', '--watch', '--interval', '1', '--cycles', '2', '--allow-private-hosts', `${base}/feed.rss`], { env, timeout: 60_000 });
    const cycles = stderr.split('\n').filter((l) => / cycle \d+: /.test(l));
    expect(cycles).toHaveLength(2);
    expect(cycles[0]).toMatch(/cycle 1: 1 sources checked, 0 unchanged, 1 documents extracted, 1 written/);
    expect(cycles[1]).toMatch(/cycle 2: 1 sources checked, 1 unchanged, 0 documents extracted/);
  });
});
