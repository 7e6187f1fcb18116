/**
 * The exploration endpoints against a real Neo4j holding a small graph in our ingest's shape
 * (tests/fixtures/server/small-graph.ts, loaded with the real loader).
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { edgeEvidenceResponseSchema, graphPayloadSchema, pathsResponseSchema, neighborsResponseSchema } from '../../core/index.ts';
import neo4j, { type Path } from 'neo4j-driver';
import { apiQuery, fillWhitelisted } from '../../server/cypher-loader.ts';
import { fixtureId, smallGraph } from '../fixtures/server/small-graph.ts';
import { startSmallGraphApi, startTestApi, type TestApi } from './api-client.ts';

const enc = encodeURIComponent;

describe('exploration API on our graph', () => {
  let driver: Driver;
  let api: TestApi;
  beforeAll(async () => {
    ({ driver, api } = await startSmallGraphApi());
  });
  afterAll(async () => {
    await api?.close();
  });

  it('reports health with the Neo4j version', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', neo4j: { connected: true, version: expect.stringMatching(/^5\./) } });
  });

  it('lists labels and relationship types with counts', async () => {
    const { status, body } = await api.get('/api/schema');
    expect(status).toBe(200);
    expect(body.labels).toContainEqual({ label: 'Country', count: 5 });
    expect(body.labels).toContainEqual({ label: 'Document', count: 3 });
    expect(body.relationshipTypes).toContainEqual({ type: 'MEMBER_OF', count: 2 });
  });

  it('counts from the count store agree with the scanning fallback queries', async () => {
    const { body } = await api.get('/api/schema');
    const scan = async (name: string) =>
      (await driver.executeQuery(apiQuery(name), {}, { database: 'neo4j', routing: 'READ' })).records.map((r) => ({
        ...r.toObject(),
        count: Number(r.get('count')),
      }));
    expect(body.labels).toEqual(await scan('schema-labels'));
    expect(body.relationshipTypes).toEqual(await scan('schema-relationship-types'));
  });

  it('searches names and aliases through the full-text index, forgiving a typo', async () => {
    const exact = await api.get('/api/search?q=Germany');
    expect(exact.body.results[0]).toMatchObject({ id: fixtureId('Germany'), name: 'Germany', type: 'Country' });
    const alias = await api.get('/api/search?q=Russian%20Federation');
    expect(alias.body.results[0].id).toBe(fixtureId('Russia'));
    const typo = await api.get('/api/search?q=Macorn');
    expect(typo.body.results[0].id).toBe(fixtureId('Emmanuel Macron'));
    const prefix = await api.get('/api/search?q=bundes');
    expect(prefix.body.results[0].id).toBe(fixtureId('Bundeswehr'));
  });

  it('filters search by type and survives Lucene syntax in the input', async () => {
    const typed = await api.get('/api/search?q=nato&types=Country');
    expect(typed.body.results).toEqual([]);
    const typedOk = await api.get('/api/search?q=nato&types=Organization,Country');
    expect(typedOk.body.results[0].id).toBe(fixtureId('NATO'));
    for (const q of ['name:"x" AND (', 'ukr*~^2', '\\', '"unbalanced', 'a || b && !c']) {
      const res = await api.get(`/api/search?q=${enc(q)}`);
      expect(res.status, q).toBe(200);
    }
  });

  it('rejects invalid search input with 400 and the error shape', async () => {
    const res = await api.get('/api/search?q=&limit=5000');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'INVALID_INPUT', message: expect.any(String) } });
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(/);
  });

  it('answers 400 to malformed JSON bodies without echoing internals', async () => {
    const res = await fetch(`${api.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'Malformed request body.' } });
  });

  it('returns a node with its degree per relationship type and direction', async () => {
    const res = await api.get(`/api/nodes/${enc(fixtureId('Germany'))}`);
    expect(res.status).toBe(200);
    expect(res.body.node).toMatchObject({ id: fixtureId('Germany'), type: 'Country', name: 'Germany', labels: ['Entity', 'Country'] });
    expect(res.body.degree).toContainEqual({ type: 'MEMBER_OF', direction: 'out', count: 1 });
    expect(res.body.degree).toContainEqual({ type: 'CONTROLLED_BY', direction: 'in', count: 1 });
  });

  it('answers 404 for an unknown node, edge, document and route', async () => {
    for (const path of ['/api/nodes/country:atlantis', '/api/nodes/nope/neighbors', '/api/edges/a%7CX%7Cb/evidence', '/api/documents/nope', '/api/nothing-here']) {
      const res = await api.get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('pages through neighbours with totals per type, skipping bookkeeping relationships', async () => {
    const id = enc(fixtureId('Ukraine'));
    const first = await api.get(`/api/nodes/${id}/neighbors?limit=2`);
    expect(first.status).toBe(200);
    const body = neighborsResponseSchema.parse(first.body);
    expect(body.total).toBe(3);
    expect(body.totals).toEqual([{ type: 'Country', count: 3 }]);
    expect(body.nodes.map((n) => n.id)).toContain(fixtureId('Ukraine'));
    expect(body.nodes).toHaveLength(3);
    expect(body.edges.every((e) => e.type !== 'MENTIONS')).toBe(true);
    const second = await api.get(`/api/nodes/${id}/neighbors?limit=2&offset=2`);
    const ids = (b: typeof body) => b.nodes.map((n) => n.id).filter((x) => x !== fixtureId('Ukraine'));
    const all = [...ids(body), ...ids(neighborsResponseSchema.parse(second.body))];
    expect(new Set(all).size).toBe(3);
    expect(all.sort()).toEqual(['Germany', 'Russia', 'United States'].map(fixtureId).sort());
  });

  it('follows MENTIONS from an entity only when asked, and filters neighbour types', async () => {
    const id = enc(fixtureId('Ukraine'));
    const res = await api.get(`/api/nodes/${id}/neighbors?relTypes=MENTIONS`);
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual([{ type: 'Document', count: 3 }]);
    expect(res.body.edges.every((e: { type: string }) => e.type === 'MENTIONS')).toBe(true);
    const filtered = await api.get(`/api/nodes/${id}/neighbors?types=Organization`);
    expect(filtered.body.total).toBe(0);
  });

  it('expands a document to the entities it mentions', async () => {
    const res = await api.get('/api/nodes/doc-war/neighbors');
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual([
      { type: 'Country', count: 3 },
      { type: 'Organization', count: 1 },
    ]);
    const typed = await api.get('/api/nodes/doc-war/neighbors?types=Country');
    expect(typed.body.total).toBe(3);
  });

  it('finds k shortest paths with the evidence of every hop', async () => {
    const res = await api.get(`/api/paths?from=${enc(fixtureId('France'))}&to=${enc(fixtureId('Ukraine'))}&k=3&maxHops=3`);
    expect(res.status).toBe(200);
    const { paths } = pathsResponseSchema.parse(res.body);
    // France–Aachen Treaty–Germany–Ukraine, France–NATO–Germany–Ukraine, France–Macron–Russia–Ukraine
    expect(paths).toHaveLength(3);
    expect(paths.map((p) => p.length)).toEqual([3, 3, 3]);
    for (const p of paths) {
      expect(p.hops).toHaveLength(p.length);
      expect(p.hops[0]!.from).toBe(fixtureId('France'));
      expect(p.hops.at(-1)!.to).toBe(fixtureId('Ukraine'));
      for (const hop of p.hops) {
        expect(hop.evidence.length).toBeGreaterThan(0);
        const doc = smallGraph.documents.find((d) => d.id === hop.evidence[0]!.documentId)!;
        expect(doc.text.slice(hop.evidence[0]!.start, hop.evidence[0]!.end)).toBe(hop.evidence[0]!.text);
      }
    }
  });

  it('has a valid allShortestPaths fallback for servers without SHORTEST k', async () => {
    const eids = await driver.executeQuery(
      'MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) RETURN elementId(a) AS a, elementId(b) AS b',
      { a: fixtureId('France'), b: fixtureId('Ukraine') },
      { database: 'neo4j' },
    );
    const cypher = fillWhitelisted(apiQuery('shortest-paths-legacy'), { maxHops: 4 }, { maxHops: [4] });
    const { records } = await driver.executeQuery(
      cypher,
      { from: eids.records[0]!.get('a'), to: eids.records[0]!.get('b'), relTypes: [], excluded: ['MENTIONS', 'FROM_DOCUMENT'], hiddenStatuses: [], maxDegree: neo4j.int(1000), k: neo4j.int(3) },
      { database: 'neo4j', routing: 'READ' },
    );
    expect(records.map((r) => (r.get('p') as Path).length)).toEqual([3, 3, 3]);
  });

  it('restricts paths to relationship types and respects maxHops', async () => {
    const from = enc(fixtureId('France'));
    const to = enc(fixtureId('Germany'));
    const viaNato = await api.get(`/api/paths?from=${from}&to=${to}&relTypes=MEMBER_OF`);
    expect(viaNato.body.paths).toHaveLength(1);
    expect(viaNato.body.paths[0].hops.map((h: { edge: { type: string } }) => h.edge.type)).toEqual(['MEMBER_OF', 'MEMBER_OF']);
    const oneHop = await api.get(`/api/paths?from=${from}&to=${to}&maxHops=1`);
    expect(oneHop.body.paths).toEqual([]);
    const tooFar = await api.get(`/api/paths?from=${from}&to=${to}&maxHops=7`);
    expect(tooFar.status).toBe(400);
  });

  it('returns a relationship with its evidence sentences', async () => {
    const id = smallGraph.relations.find((r) => r.type === 'PROVIDED_AID_TO')!.id;
    const res = await api.get(`/api/edges/${enc(id)}/evidence`);
    expect(res.status).toBe(200);
    expect(res.body.edge).toMatchObject({ id, source: fixtureId('Germany'), target: fixtureId('Ukraine'), type: 'PROVIDED_AID_TO' });
    expect(res.body.edge.properties.amount).toBe('EUR 5 billion');
    expect(res.body.evidence).toEqual([
      expect.objectContaining({ documentId: 'doc-summit', documentTitle: 'Article doc-summit', publishedAt: '2023-07-11', text: 'Germany provided aid to Ukraine worth EUR 5 billion.' }),
    ]);
  });

  it('gives event edges their CAMEO root and QuadClass and states none, in neighbours, edge evidence, paths and subgraphs', async () => {
    const sanction = smallGraph.relations.find((r) => r.type === 'SANCTIONED')!.id;
    const role = smallGraph.relations.find((r) => r.type === 'PRESIDENT_OF')!.id;
    const classOf = (e: { cameo?: string; quadClass?: string }) => ({ cameo: e.cameo, quadClass: e.quadClass });

    const neighbours = neighborsResponseSchema.parse((await api.get(`/api/nodes/${enc(fixtureId('Russia'))}/neighbors`)).body);
    expect(classOf(neighbours.edges.find((e) => e.id === sanction)!)).toEqual({ cameo: '16', quadClass: 'material-conflict' });
    expect(classOf(neighbours.edges.find((e) => e.type === 'INVADED')!)).toEqual({ cameo: '19', quadClass: 'material-conflict' });
    expect(classOf(neighbours.edges.find((e) => e.type === 'CRITICIZED')!)).toEqual({ cameo: '11', quadClass: 'verbal-conflict' });

    const evidence = edgeEvidenceResponseSchema.parse((await api.get(`/api/edges/${enc(sanction)}/evidence`)).body);
    expect(classOf(evidence.edge)).toEqual({ cameo: '16', quadClass: 'material-conflict' });
    const state = (await api.get(`/api/edges/${enc(role)}/evidence`)).body;
    expect(state.edge.type).toBe('PRESIDENT_OF');
    expect('cameo' in state.edge || 'quadClass' in state.edge).toBe(false);

    const { paths } = pathsResponseSchema.parse((await api.get(`/api/paths?from=${enc(fixtureId('Germany'))}&to=${enc(fixtureId('Ukraine'))}&maxHops=1`)).body);
    expect(classOf(paths[0]!.hops[0]!.edge)).toEqual({ cameo: '07', quadClass: 'material-cooperation' });

    const sub = (await api.post('/api/subgraph', { ids: [fixtureId('Emmanuel Macron'), fixtureId('Olaf Scholz'), fixtureId('France')] })).body;
    const byType = new Map(sub.edges.map((e: { type: string; cameo?: string; quadClass?: string }) => [e.type, classOf(e)]));
    expect(byType.get('MET_WITH')).toEqual({ cameo: '04', quadClass: 'verbal-cooperation' });
    expect(byType.get('PRESIDENT_OF')).toEqual({ cameo: undefined, quadClass: undefined });
  });

  it('describes cameo and quadClass of edges in the OpenAPI document', async () => {
    const { body } = await api.get('/api/openapi.json');
    const edge = body.paths['/api/edges/{id}/evidence'].get.responses['200'].content['application/json'].schema.properties.edge;
    // Any order: JavaScript lists integer-like keys ("10".."20") before "01".."09".
    expect([...edge.properties.cameo.enum].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(edge.properties.quadClass.enum).toEqual(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']);
    expect(edge.required).not.toContain('cameo');
  });

  it('returns a document with its text and the entities it mentions', async () => {
    const res = await api.get('/api/documents/doc-war');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'doc-war', title: 'Article doc-war', publishedAt: '2022-03-01', source: 'fixture' });
    expect(res.body.text).toContain('Russia invaded Ukraine');
    expect(res.body.entities.map((e: { id: string }) => e.id).sort()).toEqual(
      ['European Union', 'Russia', 'Ukraine', 'United States'].map(fixtureId).sort(),
    );
  });

  it('describes every endpoint in an OpenAPI document generated from the schemas', async () => {
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const p of ['/api/health', '/api/schema', '/api/search', '/api/nodes/{id}', '/api/nodes/{id}/neighbors', '/api/paths',
      '/api/edges/{id}/evidence', '/api/documents/{id}', '/api/queries', '/api/queries/{name}', '/api/cypher', '/api/openapi.json']) {
      expect(body.paths[p], p).toBeDefined();
    }
    const search = body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(search).toEqual(['q', 'types', 'limit']);
    expect(body.paths['/api/cypher'].post.responses['403']).toBeDefined();
    // A route's own answers win over the generic ones.
    expect(body.paths['/api/cypher'].post.responses['400'].description).toMatch(/QUERY_TOO_LARGE/);
    expect(body.paths['/api/cypher'].post.responses['504'].description).toMatch(/deadline/);
    expect(body.paths['/api/documents'].post.responses['429']).toBeDefined();
  });

  it('sends security headers, keeps CORS closed by default and limits body size', async () => {
    const res = await fetch(`${api.url}/api/health`, { headers: { origin: 'http://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    const big = await api.post('/api/cypher', { query: `RETURN '${'x'.repeat(200_000)}'` });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('allows configured CORS origins', async () => {
    const open = await startTestApi(driver, { corsOrigins: ['http://app.example'] });
    try {
      const res = await fetch(`${open.url}/api/health`, { headers: { origin: 'http://app.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('http://app.example');
    } finally {
      await open.close();
    }
  });

  it('serves the built client with an SPA fallback, but never for /api', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>newsgraph</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const withClient = await startTestApi(driver, {}, { staticDir: dir });
    try {
      expect((await withClient.get('/')).body).toContain('<title>newsgraph</title>');
      expect((await withClient.get('/app.js')).body).toBe('console.log(1)');
      expect((await withClient.get('/explore/country:x')).body).toContain('<title>newsgraph</title>');
      const api404 = await withClient.get('/api/unknown');
      expect(api404.status).toBe(404);
      expect(api404.body.error.code).toBe('NOT_FOUND');
    } finally {
      await withClient.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives graph payloads the client can import as they are', async () => {
    const res = await api.post('/api/cypher', { query: 'MATCH p = (:Country)-[:MEMBER_OF]->(:Organization) RETURN p' });
    const graph = graphPayloadSchema.parse(res.body.graph);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});
