/**
 * Hubs on a real Neo4j: a node with more links than HUB_LINKS is paged from
 * a cached ranking (every neighbour exactly once, strongest first, totals that follow the graph after
 * a write), and paths between ordinary nodes may cross one hub, joined from both ends without the
 * hub's relationships ever being walked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { HUB_LINKS } from '../../server/repository/graph-reads.ts';
import { getTestNeo4j, resetDatabase } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-client.ts';

const SPOKES = HUB_LINKS + 200;
const enc = encodeURIComponent;

const GRAPH = `
CREATE (hub:Entity:Country {id: 'country:hubland', type: 'Country', name: 'Hubland'})
WITH hub
UNWIND range(1, $spokes) AS i
CREATE (p:Entity:Person {id: 'person:p' + i, type: 'Person', name: 'Person ' + right('0000' + i, 5)})
CREATE (p)-[:CITIZEN_OF {id: 'person:p' + i + '|CITIZEN_OF|country:hubland'}]->(hub)
WITH hub, count(*) AS n
CREATE (o:Entity:Organization {id: 'organization:strong', type: 'Organization', name: 'Strong Org'}),
       (o)-[:PART_OF {id: 'organization:strong|PART_OF|country:hubland'}]->(hub),
       (o)-[:SUPPORTED {id: 'organization:strong|SUPPORTED|country:hubland'}]->(hub),
       (a:Entity:Person {id: 'person:a', type: 'Person', name: 'Alpha'}),
       (b:Entity:Person {id: 'person:b', type: 'Person', name: 'Beta'}),
       (x:Entity:Person {id: 'person:x', type: 'Person', name: 'Xi'}),
       (y:Entity:Person {id: 'person:y', type: 'Person', name: 'Ypsilon'}),
       (z:Entity:Person {id: 'person:z', type: 'Person', name: 'Zeta'}),
       (a)-[:CITIZEN_OF {id: 'person:a|CITIZEN_OF|country:hubland'}]->(hub),
       (x)-[:CITIZEN_OF {id: 'person:x|CITIZEN_OF|country:hubland'}]->(hub),
       (b)-[:MET_WITH {id: 'person:b|MET_WITH|person:x'}]->(x),
       (a)-[:MET_WITH {id: 'person:a|MET_WITH|person:y'}]->(y),
       (y)-[:MET_WITH {id: 'person:y|MET_WITH|person:z'}]->(z),
       (z)-[:MET_WITH {id: 'person:z|MET_WITH|person:b'}]->(b)`;

describe('hubs: paged neighbours and paths through one hub', () => {
  let driver: Driver;
  let api: TestApi;

  beforeAll(async () => {
    ({ driver } = await getTestNeo4j());
    await resetDatabase(driver);
    await driver.executeQuery(GRAPH, { spokes: SPOKES }, { database: 'neo4j' });
    api = await startTestApi(driver);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('pages a hub from its ranking: every neighbour once, the most strongly linked first', async () => {
    const seen: string[] = [];
    let totals: { type: string; count: number }[] = [];
    for (let offset = 0; ; offset += 500) {
      const res = await api.get(`/api/nodes/${enc('country:hubland')}/neighbors?limit=500&offset=${offset}`);
      expect(res.status).toBe(200);
      totals = res.body.totals;
      const ids = res.body.nodes.map((n: { id: string }) => n.id).filter((id: string) => id !== 'country:hubland');
      if (offset === 0) {
        expect(ids[0]).toBe('organization:strong');
        const strongEdges = res.body.edges.filter((e: { source: string }) => e.source === 'organization:strong');
        expect(strongEdges.map((e: { type: string }) => e.type).sort()).toEqual(['PART_OF', 'SUPPORTED']);
      }
      if (ids.length === 0) break;
      seen.push(...ids);
      expect(res.body.edges.every((e: { source: string; target: string }) => e.target === 'country:hubland' || e.source === 'country:hubland')).toBe(true);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(SPOKES + 3);
    expect(totals).toEqual([
      { type: 'Person', count: SPOKES + 2 },
      { type: 'Organization', count: 1 },
    ]);
  });

  it('filters a hub page by neighbour type', async () => {
    const res = await api.get(`/api/nodes/${enc('country:hubland')}/neighbors?types=Organization`);
    expect(res.body.totals).toEqual([{ type: 'Organization', count: 1 }]);
    expect(res.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['country:hubland', 'organization:strong']);
  });

  it('sees a new neighbour after a write (the cached ranking follows the graph)', async () => {
    await driver.executeQuery(
      `MATCH (hub:Entity {id: 'country:hubland'})
       CREATE (:Entity:Treaty {id: 'treaty:new', type: 'Treaty', name: 'New Treaty'})<-[:PARTY_TO {id: 'country:hubland|PARTY_TO|treaty:new'}]-(hub)`,
      {},
      { database: 'neo4j' },
    );
    const res = await api.get(`/api/nodes/${enc('country:hubland')}/neighbors?limit=5`);
    expect(res.body.totals).toContainEqual({ type: 'Treaty', count: 1 });
    expect(res.body.total).toBe(SPOKES + 4);
  });

  it('finds paths that cross one hub next to paths that cross none, shortest first and hub-free first among equals', async () => {
    const res = await api.get(`/api/paths?from=${enc('person:a')}&to=${enc('person:b')}&k=3&maxHops=4`);
    expect(res.status).toBe(200);
    const routes = res.body.paths.map((p: { nodes: { id: string }[]; hops: { from: string; to: string }[] }) =>
      [p.hops[0]!.from, ...p.hops.map((h) => h.to)].join(' > '),
    );
    expect(routes).toEqual(['person:a > person:y > person:z > person:b', 'person:a > country:hubland > person:x > person:b']);
  });

  it('does not cross a hub when the path is too long', async () => {
    const res = await api.get(`/api/paths?from=${enc('person:a')}&to=${enc('person:b')}&k=3&maxHops=2`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.paths).toEqual([]);
    const viaHub = await api.get(`/api/paths?from=${enc('person:a')}&to=${enc('person:x')}&k=3&maxHops=2`);
    expect(viaHub.body.paths.map((p: { length: number }) => p.length)).toEqual([2]);
  });
});
