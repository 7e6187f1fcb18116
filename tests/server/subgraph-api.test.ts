/**
 * `POST /api/subgraph` against a real Neo4j holding the small fixture graph in our ingest's shape:
 * the induced subgraph of a list of ids (what the explorer restores a shared link with), including
 * links to hubs whose capped neighbour pages would not list them, ids by elementId, and validation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { subgraphResponseSchema, SUBGRAPH_MAX_IDS } from '../../core/index.ts';
import { fixtureId, smallGraph } from '../fixtures/server/small-graph.ts';
import { startSmallGraphApi, type TestApi } from './api-client.ts';

/** The fixture's facts between the named entities, as sorted edge ids. */
function factsAmong(names: string[]): string[] {
  const ids = new Set(names.map(fixtureId));
  return smallGraph.relations.filter((r) => ids.has(r.source) && ids.has(r.target)).map((r) => r.id).sort();
}

describe('POST /api/subgraph', () => {
  let driver: Driver;
  let api: TestApi;
  beforeAll(async () => {
    ({ driver, api } = await startSmallGraphApi());
  });
  afterAll(async () => {
    await api?.close();
  });

  it('returns the nodes and every fact among them, without mentions, and reports unknown ids', async () => {
    const names = ['Ukraine', 'Russia', 'Germany', 'France'];
    const doc = smallGraph.documents[0]!.id;
    const { status, body } = await api.post('/api/subgraph', { ids: [...names.map(fixtureId), doc, 'no-such-node', fixtureId('Russia')] });
    expect(status).toBe(200);
    const parsed = subgraphResponseSchema.parse(body);
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual([...names.map(fixtureId), doc].sort());
    expect(parsed.edges.map((e) => e.id).sort()).toEqual(factsAmong(names));
    expect(parsed.edges.length).toBeGreaterThanOrEqual(3);
    expect(parsed.edges.every((e) => e.type !== 'MENTIONS' && e.type !== 'FROM_DOCUMENT')).toBe(true);
    const invaded = parsed.edges.find((e) => e.type === 'INVADED')!;
    expect(invaded).toMatchObject({ source: fixtureId('Russia'), target: fixtureId('Ukraine') });
    expect(parsed.missing).toEqual(['no-such-node']);
  });

  it('finds a link to a hub that a capped neighbour page leaves out, and resolves elementIds', async () => {
    // Give Ukraine 600 foreign neighbours, each more strongly linked than Russia (3 links each).
    await driver.executeQuery(
      `MATCH (u:Entity {id: $id})
       UNWIND range(1, 600) AS i
       CREATE (f:Filler {name: 'filler ' + i})
       CREATE (f)-[:LINKED_TO]->(u), (f)-[:LINKED_TO]->(u), (f)-[:LINKED_TO]->(u)`,
      { id: fixtureId('Ukraine') },
      { database: 'neo4j' },
    );
    const page = await api.get(`/api/nodes/${encodeURIComponent(fixtureId('Ukraine'))}/neighbors?limit=500`);
    expect(page.status).toBe(200);
    expect(page.body.nodes.map((n: { id: string }) => n.id)).not.toContain(fixtureId('Russia'));

    const filler = await driver.executeQuery(`MATCH (f:Filler {name: 'filler 7'}) RETURN elementId(f) AS eid`, {}, { database: 'neo4j' });
    const eid = filler.records[0]!.get('eid') as string;
    const { status, body } = await api.post('/api/subgraph', { ids: [fixtureId('Ukraine'), fixtureId('Russia'), eid] });
    expect(status).toBe(200);
    const parsed = subgraphResponseSchema.parse(body);
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual([fixtureId('Ukraine'), fixtureId('Russia'), eid].sort());
    const types = parsed.edges.map((e) => e.type).sort();
    expect(types).toEqual(['ACCUSED', 'INVADED', 'LINKED_TO', 'LINKED_TO', 'LINKED_TO']);
    expect(parsed.edges.filter((e) => e.type === 'LINKED_TO').every((e) => e.source === eid && e.target === fixtureId('Ukraine'))).toBe(true);
    expect(parsed.missing).toEqual([]);
  });

  it('answers 400 to bad input', async () => {
    const tooMany = Array.from({ length: SUBGRAPH_MAX_IDS + 1 }, (_, i) => `x${i}`);
    for (const body of [{}, { ids: [] }, { ids: 'a,b' }, { ids: [1, 2] }, { ids: [''] }, { ids: tooMany }]) {
      const res = await api.post('/api/subgraph', body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.body.error.code).toBeTruthy();
    }
    const max = await api.post('/api/subgraph', { ids: tooMany.slice(0, SUBGRAPH_MAX_IDS) });
    expect(max.status).toBe(200);
    expect(max.body.missing).toHaveLength(SUBGRAPH_MAX_IDS);
  });
});
