/**
 * Adding documents from the explorer on a real Neo4j: `GET /api/uploads` says whether it is offered,
 * `POST /api/documents/file` reads a file with the ingest readers (HTML, PDF, JSONL, …) and adds its
 * articles, answers say which entities and facts were new, and bad files get the CLI's per-file
 * errors while writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { UPLOAD_MAX_FILE_BYTES } from '../../core/index.ts';
import { makePdf } from '../../ingest/read/formats/fixture-files.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { countAll, startTestApi, type TestApi } from './api-client.ts';

const PAGE = `<!doctype html><html><head><title>Chile and Peru sign a copper pact</title>
<meta property="article:published_time" content="2024-05-06T08:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Chile and Peru sign a copper pact</h1>
<p>Chile and Peru signed a trade agreement on copper exports in Lima on Monday.</p>
<p>Chilean President Gabriel Boric met with Peruvian President Dina Boluarte after the ceremony.</p></article></body></html>`;

async function sendFile(api: TestApi, name: string, bytes: Uint8Array | string, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/api/documents/file?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: typeof bytes === 'string' ? bytes : Buffer.from(bytes),
  });
  return { status: res.status, body: await res.json() };
}

describe('adding files through the API', () => {
  let driver: Driver;
  let api: TestApi;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
    api = await startTestApi(driver, { allowUploads: true, rateLimit: { windowMs: 60_000, max: 1000 } });
  });
  afterAll(async () => {
    await api?.close();
    await resetDatabase(driver);
  });

  it('offers uploads with their bounds and the readers’ extensions', async () => {
    const res = await api.get('/api/uploads');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enabled: true, maxFileBytes: UPLOAD_MAX_FILE_BYTES, maxTextChars: 100_000 });
    expect(res.body.extensions).toEqual(expect.arrayContaining(['.txt', '.html', '.pdf', '.docx', '.jsonl']));
    expect(res.body.reason).toBeUndefined();
    const { body } = await api.get('/api/openapi.json');
    expect(body.paths['/api/uploads'].get.responses['200']).toBeDefined();
    expect(body.paths['/api/documents/file'].post.responses['422']).toBeDefined();
    expect(body.paths['/api/documents'].post.responses['201'].content['application/json'].schema.required).toEqual(expect.arrayContaining(['newEntityIds', 'newFactIds']));
  });

  it('reads an HTML page with the ingest reader and says which entities and facts were new', async () => {
    const first = await sendFile(api, 'copper-pact.html', PAGE);
    expect(first.status).toBe(201);
    expect(first.body.file).toBe('copper-pact.html');
    expect(first.body.errors).toEqual([]);
    expect(first.body.documents).toHaveLength(1);
    expect(first.body.documents[0]).toMatchObject({ title: 'Chile and Peru sign a copper pact', created: true });
    expect(first.body.newEntityIds).toEqual(expect.arrayContaining(['country:chile', 'country:peru']));
    expect(first.body.newFactIds.length).toBeGreaterThan(0);
    expect(first.body.facts.new).toBe(first.body.newFactIds.length);
    // Every new fact id is an edge the graph now holds, between entities the answer lists.
    const { records } = await driver.executeQuery('MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids RETURN r.id AS id, a.id AS a, b.id AS b', { ids: first.body.newFactIds }, { database: 'neo4j' });
    expect(records.map((r) => r.get('id')).sort()).toEqual([...first.body.newFactIds].sort());
    for (const r of records) expect(first.body.entityIds).toEqual(expect.arrayContaining([r.get('a'), r.get('b')]));
    // The document keeps the page's date, and the navigation was left out as the CLI leaves it out.
    const doc = await api.get(`/api/documents/${first.body.documents[0].documentId}`);
    expect(doc.body.publishedAt).toMatch(/^2024-05-06/);
    expect(doc.body.text).not.toContain('Home | World');

    const again = await sendFile(api, 'copper-pact.html', PAGE);
    expect(again.status).toBe(200);
    expect(again.body.documents[0].created).toBe(false);
    expect(again.body.newEntityIds).toEqual([]);
    expect(again.body.newFactIds).toEqual([]);
  });

  it('lists only what is new when a pasted article mentions entities already stored', async () => {
    const res = await api.post('/api/documents', {
      title: 'Bolivia joins the copper talks',
      text: 'Bolivia and Chile signed a memorandum on lithium in La Paz on Tuesday.',
    });
    expect(res.status).toBe(201);
    expect(res.body.newEntityIds).toContain('country:bolivia');
    expect(res.body.newEntityIds).not.toContain('country:chile');
    expect(res.body.entityIds).toEqual(expect.arrayContaining(['country:bolivia', 'country:chile']));
    expect(res.body.idsTruncated).toBe(false);
  });

  it('reads a PDF’s text layer, and adds the good lines of a JSONL file while naming the bad one', async () => {
    const pdf = await sendFile(api, 'brief.pdf', makePdf(['Japan and India signed a defence agreement in Tokyo on Friday.'], { title: 'Defence brief' }));
    expect(pdf.status).toBe(201);
    expect(pdf.body.documents[0].title).toBe('Defence brief');
    expect(pdf.body.newEntityIds).toEqual(expect.arrayContaining(['country:japan', 'country:india']));
    const jsonl = [
      JSON.stringify({ title: 'Oslo talks', text: 'Norway and Sweden signed a fisheries agreement in Oslo.' }),
      '{"title": "broken',
      JSON.stringify({ title: 'No text' }),
    ].join('\n');
    const res = await sendFile(api, 'wire.jsonl', jsonl);
    expect(res.status).toBe(201);
    expect(res.body.documents).toHaveLength(1);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['wire.jsonl:2', 'wire.jsonl:3']);
  });

  it('refuses unreadable files with the CLI’s per-file error and writes nothing', async () => {
    const before = await countAll(driver);
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['empty.txt', '', /^empty\.txt: empty file/],
      ['blob.txt', new Uint8Array([0x41, 0x00, 0x42, 0x43]), /^blob\.txt: binary file/],
      ['latin.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73]), /^latin\.txt: not valid UTF-8/],
      ['fake.pdf', 'this is not a pdf', /^fake\.pdf: not a PDF file/],
      ['scan.pdf', makePdf([]), /^scan\.pdf: PDF has no text layer/],
      ['fake.docx', 'plain words', /^fake\.docx: not a DOCX file/],
      // A path in the name is cut to its last part.
      ['../../etc/passwd.txt', '   ', /^passwd\.txt: empty file/],
    ];
    for (const [name, bytes, message] of cases) {
      const res = await sendFile(api, name, bytes);
      expect(res.status, name).toBe(422);
      expect(res.body.error.code, name).toBe('UNREADABLE_FILE');
      expect(res.body.error.message, name).toMatch(message);
    }
    expect(await countAll(driver)).toEqual(before);
  });

  it('bounds the file: no name is 400, more than the byte limit is 413', async () => {
    const noName = await fetch(`${api.url}/api/documents/file`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'Chile and Peru.' });
    expect(noName.status).toBe(400);
    const big = await sendFile(api, 'big.txt', new Uint8Array(UPLOAD_MAX_FILE_BYTES + 1).fill(0x61));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('whether the explorer offers uploads', () => {
  let driver: Driver;
  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
  });

  it('says why not: off by default, read-only database, viewer role; and the file route is refused alike', async () => {
    const off = await startTestApi(driver);
    try {
      expect((await off.get('/api/uploads')).body).toMatchObject({ enabled: false, reason: expect.stringMatching(/ALLOW_UPLOADS/) });
      const res = await sendFile(off, 'a.txt', 'Chile and Peru signed a pact.');
      expect(res).toMatchObject({ status: 403, body: { error: { code: 'UPLOADS_OFF' } } });
    } finally {
      await off.close();
    }
    const readOnly = await startTestApi(driver, { allowUploads: true }, { readOnlyDatabase: true });
    try {
      expect((await readOnly.get('/api/uploads')).body).toMatchObject({ enabled: false, reason: expect.stringMatching(/only reads/) });
      expect((await sendFile(readOnly, 'a.txt', 'Chile and Peru signed a pact.')).body.error.code).toBe('READ_ONLY_DATABASE');
    } finally {
      await readOnly.close();
    }
    const cheap = { N: 1024, r: 8, p: 1 };
    const users = [
      { name: 'vera', role: 'viewer' as const, passwordHash: await hashPassword('viewer-password', cheap) },
      { name: 'ed', role: 'editor' as const, passwordHash: await hashPassword('editor-password', cheap) },
    ];
    const withUsers = await startTestApi(driver, { allowUploads: true, users });
    try {
      const token = async (username: string, password: string) => `Bearer ${(await withUsers.post('/api/login', { username, password, token: true })).body.token}`;
      const viewer = { authorization: await token('vera', 'viewer-password') };
      const editor = { authorization: await token('ed', 'editor-password') };
      expect((await fetch(`${withUsers.url}/api/uploads`)).status).toBe(401);
      expect(await (await fetch(`${withUsers.url}/api/uploads`, { headers: viewer })).json()).toMatchObject({ enabled: false, reason: expect.stringMatching(/editor role/) });
      expect(await (await fetch(`${withUsers.url}/api/uploads`, { headers: editor })).json()).toMatchObject({ enabled: true });
      expect((await sendFile(withUsers, 'a.txt', 'Chile and Peru signed a pact.', viewer)).body.error.code).toBe('ROLE_REQUIRED');
    } finally {
      await withUsers.close();
    }
    expect(await countAll(driver)).toEqual({ nodes: 0, rels: 0 });
  });

  it('counts pasted articles and files against one rate limit per client', async () => {
    const api = await startTestApi(driver, { allowUploads: true, rateLimit: { windowMs: 60_000, max: 2 } });
    try {
      expect((await api.post('/api/documents', {})).status).toBe(400);
      expect((await sendFile(api, 'empty.txt', '')).status).toBe(422);
      const third = await sendFile(api, 'a.txt', 'Chile and Peru signed a pact.');
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('RATE_LIMITED');
    } finally {
      await api.close();
    }
    expect(await countAll(driver)).toEqual({ nodes: 0, rels: 0 });
  });
});
