/**
 * Access control on a real Neo4j: the Host allowlist, the Origin check of POSTs, sign-in with a
 * session cookie or a bearer token, roles (a viewer reads and runs console queries, only an editor
 * adds documents), and adding a document through the same extraction and loader as the CLI.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { hashPassword } from '../../server/auth/password-hash.ts';
import type { UserRecord } from '../../server/auth/users.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { countAll, startTestApi, type TestApi } from './api-client.ts';

/** Cheap hashes: the tests check the flow, not the cost. */
const CHEAP = { N: 1024, r: 8, p: 1 };

const ARTICLE = {
  title: 'Chile and Peru sign a copper pact',
  text: 'Chile and Peru signed a trade agreement on copper exports in Lima on Monday. Chilean President Gabriel Boric met with Peruvian President Dina Boluarte.',
  publishedAt: '2024-05-06',
  url: 'https://news.example/chile-peru',
};

/** A raw request (fetch cannot set Host). */
function raw(url: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: any }>((ok, fail) => {
    const req = http.request({ hostname, port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', fail);
    req.end(init.body);
  });
}

describe('access control with users configured', () => {
  let driver: Driver;
  let api: TestApi;
  let users: UserRecord[];
  const json = { 'content-type': 'application/json' };

  async function login(username: string, password: string, token = false) {
    const res = await fetch(`${api.url}/api/login`, { method: 'POST', headers: json, body: JSON.stringify({ username, password, token }) });
    return { status: res.status, cookie: res.headers.get('set-cookie') ?? '', body: await res.json() };
  }

  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
    users = [
      { name: 'vera', role: 'viewer', passwordHash: await hashPassword('viewer-password', CHEAP) },
      { name: 'ed', role: 'editor', passwordHash: await hashPassword('editor-password', CHEAP) },
    ];
    api = await startTestApi(driver, { users, allowUploads: true });
  });
  afterAll(async () => {
    await api?.close();
    await resetDatabase(driver);
  });

  it('answers 401 on every API route without a session, except health', async () => {
    for (const path of ['/api/search?q=x', '/api/schema', '/api/queries', '/api/me', '/api/openapi.json']) {
      const res = await api.get(path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('AUTH_REQUIRED');
    }
    expect((await api.post('/api/cypher', { query: 'RETURN 1' })).status).toBe(401);
    expect((await api.post('/api/documents', ARTICLE)).status).toBe(401);
    expect((await api.get('/api/health')).status).toBe(200);
  });

  it('refuses a wrong password or an unknown user the same way', async () => {
    expect(await login('vera', 'wrong-password')).toMatchObject({ status: 401, body: { error: { code: 'BAD_CREDENTIALS' } } });
    expect(await login('nobody', 'viewer-password')).toMatchObject({ status: 401, body: { error: { code: 'BAD_CREDENTIALS' } } });
  });

  it('signs a viewer in with an HttpOnly SameSite=Strict cookie: reads and console yes, adding documents no', async () => {
    const { status, cookie, body } = await login('vera', 'viewer-password');
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: 'vera', role: 'viewer' });
    expect(body.token).toBeUndefined();
    expect(cookie).toMatch(/^newsgraph_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/);
    const session = { cookie: cookie.split(';')[0]! };
    const me = await fetch(`${api.url}/api/me`, { headers: session });
    expect(await me.json()).toEqual({ signInRequired: true, user: 'vera', role: 'viewer' });
    expect((await fetch(`${api.url}/api/search?q=x`, { headers: session })).status).toBe(200);
    const console = await fetch(`${api.url}/api/cypher`, { method: 'POST', headers: { ...json, ...session }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) });
    expect(console.status).toBe(200);
    const before = await countAll(driver);
    const add = await fetch(`${api.url}/api/documents`, { method: 'POST', headers: { ...json, ...session }, body: JSON.stringify(ARTICLE) });
    expect(add.status).toBe(403);
    expect((await add.json()).error.code).toBe('ROLE_REQUIRED');
    expect(await countAll(driver)).toEqual(before);
    // Logging out ends the session on the server, not only in the browser.
    const out = await fetch(`${api.url}/api/logout`, { method: 'POST', headers: session });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${api.url}/api/search?q=x`, { headers: session })).status).toBe(401);
  });

  it('gives an editor a bearer token that adds a document through extraction and the loader', async () => {
    const { status, body } = await login('ed', 'editor-password', true);
    expect(status).toBe(200);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const bearer = { authorization: `Bearer ${body.token}` };
    const add = await fetch(`${api.url}/api/documents`, { method: 'POST', headers: { ...json, ...bearer }, body: JSON.stringify(ARTICLE) });
    const added = await add.json();
    expect(add.status).toBe(201);
    expect(added).toMatchObject({ created: true });
    expect(added.documentId).toMatch(/^upload-[0-9a-f]{16}$/);
    expect(added.entities.new).toBeGreaterThanOrEqual(2);
    expect(added.entities.new).toBe(added.entities.total);
    expect(added.facts.total).toBeGreaterThanOrEqual(1);
    expect(added.facts.new).toBe(added.facts.total);
    const doc = await fetch(`${api.url}/api/documents/${added.documentId}`, { headers: bearer });
    expect(await doc.json()).toMatchObject({ title: ARTICLE.title, url: ARTICLE.url, publishedAt: ARTICLE.publishedAt });
    const found = await fetch(`${api.url}/api/search?q=boluarte`, { headers: bearer });
    expect((await found.json()).results[0].name).toMatch(/Boluarte/);
    // The same article again: nothing new.
    const before = await countAll(driver);
    const again = await fetch(`${api.url}/api/documents`, { method: 'POST', headers: { ...json, ...bearer }, body: JSON.stringify(ARTICLE) });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ documentId: added.documentId, created: false, entities: { new: 0 }, facts: { new: 0 } });
    expect(await countAll(driver)).toEqual(before);
  });

  it('refuses an unsafe url, a date that is not ISO and an oversized text with 400, writing nothing', async () => {
    const { body } = await login('ed', 'editor-password', true);
    const headers = { ...json, authorization: `Bearer ${body.token}` };
    const before = await countAll(driver);
    for (const bad of [
      { ...ARTICLE, url: 'javascript:alert(1)' },
      { ...ARTICLE, url: 'file:///etc/passwd' },
      { ...ARTICLE, publishedAt: '06/05/2024' },
      { ...ARTICLE, publishedAt: '2024-02-30' },
      { ...ARTICLE, title: '' },
    ]) {
      const res = await fetch(`${api.url}/api/documents`, { method: 'POST', headers, body: JSON.stringify(bad) });
      expect(res.status, JSON.stringify(bad).slice(0, 80)).toBe(400);
    }
    const big = await fetch(`${api.url}/api/documents`, { method: 'POST', headers, body: JSON.stringify({ ...ARTICLE, text: 'a'.repeat(200_000) }) });
    expect(big.status).toBe(413);
    expect(await countAll(driver)).toEqual(before);
  });

  it('answers 421 to a Host that is not allowed, signed in or not', async () => {
    const res = await raw(api.url, '/api/health', { headers: { host: 'evil.example' } });
    expect(res.status).toBe(421);
    expect(res.body.error.code).toBe('HOST_NOT_ALLOWED');
    expect((await raw(api.url, '/', { headers: { host: 'evil.example:3000' } })).status).toBe(421);
    expect((await raw(api.url, '/api/health', { headers: { host: `localhost:${new URL(api.url).port}` } })).status).toBe(200);
  });

  it('refuses a POST from another origin before looking at credentials, login included', async () => {
    const { body } = await login('ed', 'editor-password', true);
    const headers = { ...json, authorization: `Bearer ${body.token}`, host: new URL(api.url).host };
    const before = await countAll(driver);
    const evil = await raw(api.url, '/api/documents', { method: 'POST', headers: { ...headers, origin: 'http://evil.example' }, body: JSON.stringify(ARTICLE) });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('ORIGIN_REFUSED');
    const nullOrigin = await raw(api.url, '/api/login', { method: 'POST', headers: { ...json, origin: 'null' }, body: JSON.stringify({ username: 'ed', password: 'editor-password' }) });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await raw(api.url, '/api/cypher', { method: 'POST', headers: { ...headers, 'sec-fetch-site': 'cross-site' }, body: JSON.stringify({ query: 'RETURN 1' }) });
    expect(crossSite.status).toBe(403);
    const same = await raw(api.url, '/api/cypher', { method: 'POST', headers: { ...headers, origin: api.url }, body: JSON.stringify({ query: 'RETURN 1' }) });
    expect(same.status).toBe(200);
    expect(await countAll(driver)).toEqual(before);
  });
});

describe('adding documents is off by default', () => {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
  });

  it('refuses POST /api/documents without ALLOW_UPLOADS, with or without users', async () => {
    const anonymous = await startTestApi(driver);
    try {
      const res = await anonymous.post('/api/documents', ARTICLE);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('UPLOADS_OFF');
      expect(await anonymous.get('/api/me')).toMatchObject({ status: 200, body: { signInRequired: false, user: null } });
    } finally {
      await anonymous.close();
    }
    const editorHash = await hashPassword('editor-password', CHEAP);
    const withUsers = await startTestApi(driver, { users: [{ name: 'ed', role: 'editor', passwordHash: editorHash }] });
    try {
      const login = await withUsers.post('/api/login', { username: 'ed', password: 'editor-password', token: true });
      const res = await fetch(`${withUsers.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.body.token}` },
        body: JSON.stringify(ARTICLE),
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('UPLOADS_OFF');
    } finally {
      await withUsers.close();
    }
    expect(await countAll(driver)).toEqual({ nodes: 0, rels: 0 });
  });

  it('rate-limits adding documents per client, apart from the other limited routes', async () => {
    const api = await startTestApi(driver, { allowUploads: true, rateLimit: { windowMs: 60_000, max: 2 } });
    try {
      // Empty bodies: refused by validation, yet counted, so the limit shows without extracting anything.
      expect((await api.post('/api/documents', {})).status).toBe(400);
      expect((await api.post('/api/documents', {})).status).toBe(400);
      const third = await api.post('/api/documents', ARTICLE);
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('RATE_LIMITED');
      expect(third.headers.get('ratelimit')).toMatch(/remaining=0/);
      // The console's own count is untouched.
      expect((await api.post('/api/cypher', { query: 'RETURN 1 AS one' })).status).toBe(200);
    } finally {
      await api.close();
    }
    expect(await countAll(driver)).toEqual({ nodes: 0, rels: 0 });
  });
});
