/**
 * The built explorer as the real server delivers it (createApp over a real Neo4j): every script and
 * style compressed (Brotli or gzip, as asked), hashed assets cached for a year as immutable,
 * index.html revalidated with an ETag (304 when unchanged), and a direct link to any page still
 * answered with index.html. Prints the bytes sent against the bytes built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebServer } from '../../server/web-server.ts';
import { getTestNeo4j } from '../support/neo4j.ts';
import { buildClient, CLIENT_DIST, startExplorerServer } from './explorer-stack.ts';

let web: WebServer;

/** One raw HTTP GET (no automatic decompression), body as bytes. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, web.url), { headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: { headers: Record<string, unknown>; body: Buffer }) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;

beforeAll(async () => {
  const { driver } = await getTestNeo4j();
  await buildClient();
  web = await startExplorerServer(driver);
});

afterAll(async () => {
  await web?.close();
});

describe('the built explorer, delivered', () => {
  const assets = () => readdirSync(join(CLIENT_DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));

  it('sends every script and style Brotli-compressed, cached for a year as immutable', async () => {
    let built = 0;
    let sent = 0;
    for (const name of assets()) {
      const res = await get(`/assets/${name}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const raw = readFileSync(join(CLIENT_DIST, 'assets', name));
      if (raw.length >= 1024) expect(res.headers['content-encoding']).toBe('br');
      expect(decode(res).equals(raw)).toBe(true);
      built += raw.length;
      sent += res.body.length;
    }
    expect(sent).toBeLessThan(built * 0.4);
    console.log(`client scripts and styles: ${(built / 1024).toFixed(0)} KB built, ${(sent / 1024).toFixed(0)} KB sent with Brotli`);
  });

  it('falls back to gzip for a browser without Brotli, and to plain bytes when nothing is accepted', async () => {
    const name = assets().sort((a, b) => readFileSync(join(CLIENT_DIST, 'assets', b)).length - readFileSync(join(CLIENT_DIST, 'assets', a)).length)[0]!;
    const gz = await get(`/assets/${name}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toContain('Accept-Encoding');
    expect(decode(gz).equals(readFileSync(join(CLIENT_DIST, 'assets', name)))).toBe(true);
    const plain = await get(`/assets/${name}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(CLIENT_DIST, 'assets', name)))).toBe(true);
  });

  it('revalidates index.html: no-cache with an ETag, 304 when unchanged', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(String(first.headers['content-type'])).toContain('text/html');
    expect(decode(first).toString('utf8')).toContain('<div id="app">');
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers a deep link with index.html and keeps /api and paths outside the folder apart', async () => {
    const deep = await get('/some/view', { 'accept-encoding': 'identity' });
    expect(deep.status).toBe(200);
    expect(deep.body.toString('utf8')).toContain('<div id="app">');
    const outside = await get('/%2e%2e/package.json', { 'accept-encoding': 'identity' });
    expect(outside.body.toString('utf8')).not.toContain('"name": "newsgraph"');
    const api = await get('/api/health');
    expect(String(api.headers['content-type'])).toContain('application/json');
  });
});
